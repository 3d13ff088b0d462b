/**
 * Regulations as data: a policy pack is a YAML document with clauses, incident types and their
 * machine rules (fines with a role cascade, collective fines, points, count tiers, free allowances,
 * conversions, discretionary points, a points scale with thresholds and streaks, deadlines). This
 * module parses and validates packs with line-accurate problems, ships the built-in packs, decides
 * which adopted pack governs an incident, checks that an incident is acceptable for its type, and
 * offers the rule kinds as small immutable values that compute one consequence each. It knows
 * nothing about storage, Spring or the month close.
 */
package kefu.policy;
