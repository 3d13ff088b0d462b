package kefu.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the audit entry of every {@link Audited} event once the change has committed.
 *
 * <p>It is a transactional listener, so Spring Modulith stores a publication for it in the database
 * within the transaction of the change: the change and the promise of its entry commit together.
 * The entry is written right after the commit, in the same thread (so a page that answers after a
 * change already shows it in the log), and the publication is then removed. If writing fails or the
 * node stops in between, the publication stays and is run again on the next start: an entry may
 * come late, but it is never lost.
 */
@Component
class AuditListener {

  private final AuditTrail trail;

  AuditListener(AuditTrail trail) {
    this.trail = trail;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(Audited event) {
    trail.write(event.auditRecord());
  }
}
