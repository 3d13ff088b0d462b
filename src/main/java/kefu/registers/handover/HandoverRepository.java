package kefu.registers.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HandoverRepository extends JpaRepository<Handover, Long> {

  /** A store's handovers of some days, newest first; all stores when {@code store} is null. */
  @Query(
      "select h from Handover h where (:store is null or h.storeCode = :store)"
          + " and h.handedOn between :from and :to order by h.handedAt desc, h.id desc")
  List<Handover> handedBetween(
      @Param("store") String store, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /**
   * Handovers still waiting for their incoming person since before {@code cutoff}, oldest first;
   * one a later handover corrected is no longer waited for.
   */
  @Query(
      "select h from Handover h where h.status = kefu.registers.handover.HandoverStatus.PENDING"
          + " and h.handedAt < :cutoff and (:store is null or h.storeCode = :store)"
          + " and not exists (select c from Handover c where c.correctsId = h.id)"
          + " order by h.handedAt, h.id")
  List<Handover> unsignedBefore(@Param("store") String store, @Param("cutoff") Instant cutoff);

  boolean existsByCorrectsId(long id);
}
