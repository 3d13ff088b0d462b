/**
 * Assessment (doc 001, doc 004, doc 002 variant 14): weekly evaluations, monthly scorecards with
 * computed and entered criteria, score flags, quarterly and annual grades with forced distribution,
 * and the promotion ladder with its titles, proposals and approvals.
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
      "settlement",
      "settlement :: spi"
    })
package kefu.assessment;

import org.springframework.modulith.ApplicationModule;
