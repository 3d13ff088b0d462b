/**
 * The append-only audit log: every create, update and delete of a record (who, when, what, the
 * values before and after) and every login. Other modules write through {@link
 * kefu.audit.AuditTrail} inside their own transaction, so an entry exists exactly when the change
 * does. There is deliberately no way to change or remove an entry.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: shell"})
package kefu.audit;

import org.springframework.modulith.ApplicationModule;
