package kefu.registers.reservations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReservationRepository extends JpaRepository<Reservation, Long> {

  @Query(
      "select r from Reservation r where r.status = kefu.registers.reservations.ReservationStatus.OPEN"
          + " and (:store is null or r.storeCode = :store) order by r.dueOn, r.id")
  List<Reservation> open(@Param("store") String store);

  @Query(
      "select r from Reservation r where r.status = kefu.registers.reservations.ReservationStatus.OPEN"
          + " and r.dueOn < :today and (:store is null or r.storeCode = :store)"
          + " order by r.dueOn, r.id")
  List<Reservation> overdue(@Param("store") String store, @Param("today") LocalDate today);
}
