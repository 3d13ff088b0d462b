package kefu.incident;

import jakarta.persistence.criteria.Predicate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The incident list's conditions. Only the filters given become part of the SQL (no "parameter is
 * null or …" that a database plans for the worst case), so a month of a million incidents is read
 * through the index that fits: the month and time order for the group, the store first for a store,
 * the employee first for one person.
 */
final class IncidentSearch {

  /**
   * Time order. The day comes first although the time alone would do: it is the leading column of
   * the list indexes, so the rows come out of them already sorted.
   */
  static final Sort IN_TIME_ORDER = Sort.by("occurredOn", "occurredAt", "id");

  private IncidentSearch() {}

  /** {@code employees} null means any employee (and store-level incidents); empty matches none. */
  static Specification<Incident> matching(
      YearMonth month,
      String storeCode,
      Collection<String> employees,
      String type,
      IncidentStatus status,
      boolean appealPending) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.between(root.get("occurredOn"), month.atDay(1), month.atEndOfMonth()));
      if (storeCode != null) {
        where.add(cb.equal(root.get("storeCode"), storeCode));
      }
      if (employees != null) {
        where.add(
            employees.size() == 1
                ? cb.equal(root.get("employeeCode"), employees.iterator().next())
                : root.get("employeeCode").in(employees));
      }
      if (type != null) {
        where.add(cb.equal(root.get("type"), type));
      }
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (appealPending) {
        where.add(cb.equal(root.get("appealStatus"), AppealStatus.PENDING));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
