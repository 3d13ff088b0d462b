/**
 * Compliance work that is due (doc 000 §3–§7): reports, OA tasks, manufacturer mail, meetings,
 * callback data and archives. It records who owes each piece of work, what was submitted and what
 * notice was given, and its sweep turns work that is late or missing without a valid notice into
 * exactly one incident each. When work is due and which notice excuses it come from the {@code
 * deadlines} section of the packs in force; a day's callback data is met by the day's callback
 * records, read through the service module's {@code callback-days} query.
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
      "settlement",
      "service :: callback-days"
    })
package kefu.compliance;

import org.springframework.modulith.ApplicationModule;
