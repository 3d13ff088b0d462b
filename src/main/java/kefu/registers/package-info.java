/**
 * The physical custody and front-desk registers (doc 002, doc 003, doc 004): keys, uniforms,
 * hazardous materials, shift handovers, the duty log, lost and found, members, returns and
 * reservations. Entries are never edited: a mistake is corrected by a new entry that cites it, and
 * every action is in the audit log.
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
      "settlement :: spi"
    })
package kefu.registers;

import org.springframework.modulith.ApplicationModule;
