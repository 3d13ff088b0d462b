/**
 * Regulations as data: a policy pack is a YAML document with clauses, incident types and their
 * machine rules (fines with a role cascade, collective fines, points, count tiers, free allowances,
 * conversions, discretionary points, a points scale with thresholds and streaks). Each rule kind is
 * one unit that reads, checks, describes and evaluates itself; sections not about incidents
 * (deadlines) are read by the {@link kefu.policy.PackSectionReader} of the module that owns them.
 * The engine at this package's core parses and validates packs with line-accurate problems, decides
 * which adopted pack governs an incident, checks incidents and evaluates a month's consequences
 * ({@link kefu.policy.MonthEvaluation}), without Spring or storage. Around it, the stored side
 * keeps every pack version immutable and every adoption of an exact version ({@link
 * kefu.policy.PolicyPacks}, {@link kefu.policy.PolicyCatalog}), stores the built-in packs on
 * start-up, and offers the REST API ({@code api}) and the pages ({@code web}) to read, copy, edit,
 * validate and adopt packs.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "platform",
      "platform :: shell",
      "audit :: spi",
      "organization"
    })
package kefu.policy;

import org.springframework.modulith.ApplicationModule;
