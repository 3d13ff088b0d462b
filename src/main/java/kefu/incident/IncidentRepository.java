package kefu.incident;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, Long> {

  /** Incidents of a date range, narrowed by scope (store, employee) in the same query. */
  @Query(
      """
      select i from Incident i
      where i.occurredOn between :from and :to
        and (:storeCode is null or i.storeCode = :storeCode)
        and (:employeeCode is null or i.employeeCode = :employeeCode)
        and (:type is null or i.type = :type)
        and (:status is null or i.status = :status)
      order by i.occurredAt, i.id""")
  List<Incident> find(
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("storeCode") String storeCode,
      @Param("employeeCode") String employeeCode,
      @Param("type") String type,
      @Param("status") IncidentStatus status);
}
