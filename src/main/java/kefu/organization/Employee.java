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
 * has gaps or overlaps.
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

  protected Employee() {}

  Employee(EmployeeDetails details) {
    this.code = details.code();
    update(details);
  }

  void update(EmployeeDetails details) {
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
    this.level = details.level();
    this.baseSalary = details.baseSalary();
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

  public Level getLevel() {
    return level;
  }

  public BigDecimal getBaseSalary() {
    return baseSalary;
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
}
