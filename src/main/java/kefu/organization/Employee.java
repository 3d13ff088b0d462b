package kefu.organization;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A person on the payroll. Owns the history of their posts: {@link #assign} is the only way a post
 * changes, and it closes the previous post the day before the new one starts, so the history never
 * has gaps or overlaps. Owns their pay history the same way: {@link #changePay} sets level and base
 * pay from a day, so a month always reads what was in force in it.
 */
@Entity
public class Employee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private LocalDate hiredOn;
  private LocalDate leftOn;

  @Enumerated(EnumType.STRING)
  private Level level;

  private BigDecimal baseSalary;
  private String phone;
  private String email;
  @Version private long version;

  @OneToMany(mappedBy = "employee", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom")
  private List<Assignment> assignments = new ArrayList<>();

  @OneToMany(mappedBy = "employee", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("validFrom")
  private List<PayTerms> payHistory = new ArrayList<>();

  protected Employee() {}

  /** A new employee, paid at the level and base pay of {@code details} from the hiring date. */
  Employee(EmployeeDetails details) {
    this.code = details.code();
    this.hiredOn = details.hiredOn();
    update(details);
    payHistory.add(new PayTerms(this, hiredOn, details.level(), details.baseSalary()));
    mirrorLatestPay();
  }

  /**
   * Changes the facts other than pay and level (those change only from a day, with {@link
   * #changePay}). A new hiring date moves the first pay terms with it, as long as it stays before
   * the next change of pay.
   */
  void update(EmployeeDetails details) {
    if (!payHistory.isEmpty() && !details.hiredOn().equals(hiredOn)) {
      if (payHistory.size() > 1 && !details.hiredOn().isBefore(payHistory.get(1).getValidFrom())) {
        throw new AssignmentRefused("pay.hireAfterChange");
      }
      payHistory.get(0).startOn(details.hiredOn());
    }
    LocalDate previousLeftOn = this.leftOn;
    if (details.leftOn() != null) {
      for (Assignment a : assignments) {
        if (a.getValidFrom().isAfter(details.leftOn())) {
          throw new AssignmentRefused("assignment.startsAfterLeaving");
        }
      }
      // leaving ends every post still running on that day, so no statement follows it
      for (Assignment a : assignments) {
        if (a.getValidTo() == null || a.getValidTo().isAfter(details.leftOn())) {
          a.endOn(details.leftOn());
        }
      }
    } else if (previousLeftOn != null) {
      // leaving withdrawn: the post that ended with it runs on
      latestAssignment()
          .filter(a -> previousLeftOn.equals(a.getValidTo()))
          .ifPresent(a -> a.endOn(null));
    }
    this.name = details.name();
    this.hiredOn = details.hiredOn();
    this.leftOn = details.leftOn();
    this.phone = details.phone();
    this.email = details.email();
  }

  /**
   * Puts the employee in a post from a date. The open post before it ends the day before; a post
   * starting on or before the current one's start, before hiring or after leaving is refused.
   */
  public Assignment assign(Store store, Position position, LocalDate from) {
    if (from.isBefore(hiredOn)) {
      throw new AssignmentRefused("assignment.beforeHire");
    }
    if (leftOn != null && from.isAfter(leftOn)) {
      throw new AssignmentRefused("assignment.afterLeaving");
    }
    Optional<Assignment> last = latestAssignment();
    if (last.isPresent()) {
      Assignment previous = last.get();
      if (!from.isAfter(previous.getValidFrom())) {
        throw new AssignmentRefused("assignment.notAfterPrevious");
      }
      if (previous.getStore().getId().equals(store.getId())
          && previous.getPosition() == position
          && previous.getValidTo() == null) {
        throw new AssignmentRefused("assignment.unchanged");
      }
      if (previous.getValidTo() == null || !previous.getValidTo().isBefore(from)) {
        previous.endOn(from.minusDays(1));
      }
    }
    Assignment next = new Assignment(this, store, position, from, leftOn);
    assignments.add(next);
    return next;
  }

  /**
   * Sets the level and monthly base pay in force from a day on; the terms before that day stay as
   * they were, and later changes already planned stay in force from their own days. A change on a
   * day that already starts terms replaces them. Refused before hiring and after leaving. Returns
   * whether anything changed (the same level and pay as in force that day change nothing).
   */
  public boolean changePay(Level newLevel, BigDecimal newSalary, LocalDate from) {
    if (from.isBefore(hiredOn)) {
      throw new AssignmentRefused("pay.beforeHire");
    }
    if (leftOn != null && from.isAfter(leftOn)) {
      throw new AssignmentRefused("pay.afterLeaving");
    }
    PayTerms inForce = payOn(from);
    if (inForce.sameAs(newLevel, newSalary)) {
      return false;
    }
    if (inForce.getValidFrom().equals(from)) {
      inForce.change(newLevel, newSalary);
    } else {
      int at = payHistory.indexOf(inForce) + 1;
      payHistory.add(at, new PayTerms(this, from, newLevel, newSalary));
    }
    // terms equal to those before them are no change of pay: one line says it
    for (int i = payHistory.size() - 1; i > 0; i--) {
      PayTerms before = payHistory.get(i - 1);
      if (payHistory.get(i).sameAs(before.getLevel(), before.getBaseSalary())) {
        payHistory.remove(i);
      }
    }
    mirrorLatestPay();
    return true;
  }

  /** The level and base pay in force on a day: before hiring, those the employee was hired at. */
  public PayTerms payOn(LocalDate day) {
    PayTerms inForce = payHistory.get(0);
    for (PayTerms t : payHistory) {
      if (!t.getValidFrom().isAfter(day)) {
        inForce = t;
      }
    }
    return inForce;
  }

  /** The employee row keeps the latest terms set; months read the history, never these. */
  private void mirrorLatestPay() {
    PayTerms latest = payHistory.get(payHistory.size() - 1);
    this.level = latest.getLevel();
    this.baseSalary = latest.getBaseSalary();
  }

  private Optional<Assignment> latestAssignment() {
    return assignments.isEmpty()
        ? Optional.empty()
        : Optional.of(assignments.get(assignments.size() - 1));
  }

  /**
   * The post that decides where the employee belongs on a day: the one in force, else the last one
   * begun by then (after leaving), else the first one (hired later). A transfer dated in the future
   * does not move anyone before its day.
   */
  public Optional<Assignment> postOn(LocalDate day) {
    Assignment begun = null;
    for (Assignment a : assignments) {
      if (!a.getValidFrom().isAfter(day)) {
        begun = a;
      }
    }
    return begun != null ? Optional.of(begun) : assignments.stream().findFirst();
  }

  public Optional<Assignment> assignmentOn(LocalDate day) {
    return assignments.stream().filter(a -> a.covers(day)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public List<Assignment> getAssignments() {
    return Collections.unmodifiableList(assignments);
  }

  /** The pay history, oldest first: the first terms start on the hiring date. */
  public List<PayTerms> getPayHistory() {
    return Collections.unmodifiableList(payHistory);
  }
}
