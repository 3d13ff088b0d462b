/**
 * Service records (doc 000 §1–§2, doc 001, doc 003): callbacks with their recordings, group CS spot
 * checks against them, showroom visits and audits, complaints and praise with their response and
 * resolution times, and telephony call records. A finding that a regulation fines becomes an
 * incident through the incident module, citing the record behind it.
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
      "incident"
    })
package kefu.service;

import org.springframework.modulith.ApplicationModule;
