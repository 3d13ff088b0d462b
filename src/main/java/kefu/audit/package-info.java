/**
 * The append-only audit log: every create, update and delete of a record (who, when, what, the
 * values before and after) and every login. Other modules announce their changes as events that
 * implement {@link kefu.audit.Audited}; a listener writes the entries, and Spring Modulith's event
 * publication registry (in the database, committed with the change) makes sure none is lost. There
 * is deliberately no way to change or remove an entry.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: shell"})
package kefu.audit;

import org.springframework.modulith.ApplicationModule;
