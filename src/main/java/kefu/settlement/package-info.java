/**
 * The month close as a pure calculation: given the month's assignments, pay, adopted policy packs,
 * recorded incidents, earlier months' remaining points and late corrections, it produces one
 * explained statement per employee (fines, points deducted and remaining, flags, and lines citing
 * pack, clause and incidents). It applies the pack in force at the incident's store on the
 * incident's date, resolves posts such as "the CS manager" to whoever held them that day, and gives
 * the same answer whatever order its inputs come in. Drafts, publishing and locking belong to the
 * callers that store the result.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "platform",
      "platform :: shell",
      "audit :: spi",
      "organization",
      "policy",
      "incident",
      "incident :: events"
    })
package kefu.settlement;

import org.springframework.modulith.ApplicationModule;
