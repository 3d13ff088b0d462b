package kefu.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A day the calendar treats differently: a holiday, or a weekend day worked in exchange. */
@Entity
public class Holiday {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "on_day") // DAY is a keyword in H2
  private LocalDate day;

  private boolean workingDay;
  private String name;

  protected Holiday() {}

  Holiday(LocalDate day, boolean workingDay, String name) {
    this.day = day;
    this.workingDay = workingDay;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
  }

  public boolean isWorkingDay() {
    return workingDay;
  }

  public String getName() {
    return name;
  }
}
