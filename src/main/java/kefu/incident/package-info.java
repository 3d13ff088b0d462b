/**
 * The incident ledger: every recorded occurrence a regulation cares about (a callback without a
 * recording, a late report, a late arrival), who is responsible, where and when. It asks the policy
 * module which pack and clause govern an incident before saving it, refuses what a rule refuses,
 * and keeps voiding and appeals (申诉) as state changes on the incident with the audit log as their
 * history. A published month is locked: nothing dated in it changes any more.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "platform",
      "platform :: shell",
      "audit",
      "audit :: spi",
      "organization",
      "policy"
    })
package kefu.incident;

import org.springframework.modulith.ApplicationModule;
