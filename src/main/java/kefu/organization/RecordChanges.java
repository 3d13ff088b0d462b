package kefu.organization;

import java.time.Clock;
import java.time.Instant;
import kefu.audit.AuditAction;
import kefu.organization.RecordChanged.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Announces a change of organization master data as a {@link RecordChanged} event. */
@Component
record RecordChanges(ApplicationEventPublisher events, Clock clock) {

  /** Who changes what no user asked for: the built-in administrator's creation. */
  static final String SYSTEM = "system";

  void created(Kind kind, Object id, Object after, String by) {
    publish(kind, id, AuditAction.CREATE, null, after, by);
  }

  void updated(Kind kind, Object id, Object before, Object after, String by) {
    publish(kind, id, AuditAction.UPDATE, before, after, by);
  }

  void deleted(Kind kind, Object id, Object before, String by) {
    publish(kind, id, AuditAction.DELETE, before, null, by);
  }

  private void publish(
      Kind kind, Object id, AuditAction action, Object before, Object after, String by) {
    events.publishEvent(
        new RecordChanged(kind, String.valueOf(id), action, before, after, by, Instant.now(clock)));
  }
}
