package kefu.registers.dutylog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DutyEntryRepository extends JpaRepository<DutyEntry, Long> {

  @Query(
      "select d from DutyEntry d where (:store is null or d.storeCode = :store)"
          + " and d.endedOn between :from and :to order by d.startedAt desc, d.id desc")
  List<DutyEntry> endedBetween(
      @Param("store") String store, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** Major events whose report is missing at {@code now}; a corrected entry owes none. */
  @Query(
      "select d from DutyEntry d where d.major = true and d.reportAt is null and d.reportDue < :now"
          + " and (:store is null or d.storeCode = :store)"
          + " and not exists (select c from DutyEntry c where c.correctsId = d.id)"
          + " order by d.reportDue, d.id")
  List<DutyEntry> reportsMissing(@Param("store") String store, @Param("now") Instant now);

  boolean existsByCorrectsId(long id);
}
