package kefu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employee's level and monthly base pay in force from a day until the next terms begin: one line
 * of their pay history. Terms are never edited in place once a later line exists; a change is a new
 * line from its own day (or replaces the line that starts on that same day).
 */
@Entity
@Table(name = "employee_pay")
public class PayTerms extends EmployeeHistoryLine {

  @Enumerated(EnumType.STRING)
  private Level level;

  private BigDecimal baseSalary;

  protected PayTerms() {}

  PayTerms(Employee employee, LocalDate from, Level level, BigDecimal baseSalary) {
    super(employee, from);
    this.level = level;
    this.baseSalary = baseSalary;
  }

  void change(Level level, BigDecimal baseSalary) {
    this.level = level;
    this.baseSalary = baseSalary;
  }

  boolean sameAs(Level otherLevel, BigDecimal otherSalary) {
    return level == otherLevel && baseSalary.compareTo(otherSalary) == 0;
  }

  public Level getLevel() {
    return level;
  }

  public BigDecimal getBaseSalary() {
    return baseSalary;
  }
}
