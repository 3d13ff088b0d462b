package kefu.service.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  List<Complaint> findByStatusIn(Collection<ComplaintStatus> statuses);

  List<Complaint> findByStoreCodeAndReceivedAtBetweenOrderByReceivedAtDesc(
      String storeCode, Instant from, Instant to);

  List<Complaint> findByReceivedAtBetweenOrderByReceivedAtDesc(Instant from, Instant to);
}
