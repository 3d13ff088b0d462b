/**
 * Service records (doc 000 §1–§2, doc 001, doc 003): callbacks with their recordings, group CS spot
 * checks against them, showroom visits and audits, complaints and praise with their response and
 * resolution times, and telephony call records. A finding that a regulation fines becomes an
 * incident through the incident module, citing the record behind it: a spot-check verdict of
 * mismatch or no recording, a showroom audit's false, missed or inconsistent registrations.
 * Recordings live outside the database behind a small store (a folder, or any S3-compatible
 * bucket); the pack's {@code spotChecks} section (sample size, monthly minimum) is read here.
 * Customer numbers are shown masked; the full number is an explicit, audited view.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "platform",
      "platform :: shell",
      "audit",
      "audit :: spi",
      "organization",
      "policy",
      "policy :: spi",
      "incident",
      "settlement :: spi"
    })
package kefu.service;

import org.springframework.modulith.ApplicationModule;
