package kefu.organization;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A line of one of an employee's effective-dated histories (posts, pay): whose it is and the day it
 * starts. The employee owns the lines and is the only one who changes them.
 */
@MappedSuperclass
abstract class EmployeeHistoryLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  private LocalDate validFrom;
  @Version private long version;

  protected EmployeeHistoryLine() {}

  EmployeeHistoryLine(Employee employee, LocalDate from) {
    this.employee = employee;
    this.validFrom = from;
  }

  void startOn(LocalDate day) {
    this.validFrom = day;
  }

  public Long getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }
}
