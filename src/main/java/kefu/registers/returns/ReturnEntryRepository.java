package kefu.registers.returns;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReturnEntryRepository extends JpaRepository<ReturnEntry, Long> {

  @Query(
      "select r from ReturnEntry r where (:store is null or r.storeCode = :store)"
          + " and r.occurredOn between :from and :to order by r.occurredOn desc, r.id desc")
  List<ReturnEntry> between(
      @Param("store") String store, @Param("from") LocalDate from, @Param("to") LocalDate to);

  boolean existsByCorrectsId(long id);
}
