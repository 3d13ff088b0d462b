package kefu.registers.handover;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverChecklistRepository extends JpaRepository<HandoverChecklist, Long> {

  /** The list in force: the store's newest. */
  Optional<HandoverChecklist> findFirstByStoreCodeOrderByIdDesc(String storeCode);
}
