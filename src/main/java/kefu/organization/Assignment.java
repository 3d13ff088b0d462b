package kefu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** One post held in one store over a closed or open date range (both ends inclusive). */
@Entity
public class Assignment extends EmployeeHistoryLine {

  @ManyToOne
  @JoinColumn(name = "store_id")
  private Store store;

  @Enumerated(EnumType.STRING)
  private Position position;

  private LocalDate validTo;

  protected Assignment() {}

  Assignment(Employee employee, Store store, Position position, LocalDate from, LocalDate to) {
    super(employee, from);
    this.store = store;
    this.position = position;
    this.validTo = to;
  }

  void endOn(LocalDate day) {
    this.validTo = day;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(getValidFrom()) && (validTo == null || !day.isAfter(validTo));
  }

  public Store getStore() {
    return store;
  }

  public Position getPosition() {
    return position;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
