package kefu.registers.lostfound;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LostItemRepository extends JpaRepository<LostItem, Long> {

  @Query(
      "select i from LostItem i where i.status <> kefu.registers.lostfound.LostItemStatus.CLAIMED"
          + " and (:store is null or i.storeCode = :store) order by i.foundAt, i.id")
  List<LostItem> unclaimed(@Param("store") String store);
}
