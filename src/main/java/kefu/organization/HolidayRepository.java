package kefu.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {
  List<Holiday> findAllByOrderByDay();

  boolean existsByDay(java.time.LocalDate day);
}
