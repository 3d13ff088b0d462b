package kefu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employee's level and monthly base pay in force from a day until the next terms begin: one line
 * of their pay history. Terms are never edited in place once a later line exists; a change is a new
 * line from its own day (or replaces the line that starts on that same day).
 */
@Entity
@Table(name = "employee_pay")
public class PayTerms {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  private LocalDate validFrom;

  @Enumerated(EnumType.STRING)
  private Level level;

  private BigDecimal baseSalary;
  @Version private long version;

  protected PayTerms() {}

  PayTerms(Employee employee, LocalDate from, Level level, BigDecimal baseSalary) {
    this.employee = employee;
    this.validFrom = from;
    this.level = level;
    this.baseSalary = baseSalary;
  }

  void change(Level level, BigDecimal baseSalary) {
    this.level = level;
    this.baseSalary = baseSalary;
  }

  void startOn(LocalDate day) {
    this.validFrom = day;
  }

  boolean sameAs(Level otherLevel, BigDecimal otherSalary) {
    return level == otherLevel && baseSalary.compareTo(otherSalary) == 0;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public Level getLevel() {
    return level;
  }

  public BigDecimal getBaseSalary() {
    return baseSalary;
  }
}
