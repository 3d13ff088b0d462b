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
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One post held in one store over a closed or open date range (both ends inclusive). */
@Entity
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "employee_id")
  private Employee employee;

  @ManyToOne
  @JoinColumn(name = "store_id")
  private Store store;

  @Enumerated(EnumType.STRING)
  private Position position;

  private LocalDate validFrom;
  private LocalDate validTo;
  @Version private long version;

  protected Assignment() {}

  Assignment(Employee employee, Store store, Position position, LocalDate from, LocalDate to) {
    this.employee = employee;
    this.store = store;
    this.position = position;
    this.validFrom = from;
    this.validTo = to;
  }

  void endOn(LocalDate day) {
    this.validTo = day;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public Long getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public Store getStore() {
    return store;
  }

  public Position getPosition() {
    return position;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
