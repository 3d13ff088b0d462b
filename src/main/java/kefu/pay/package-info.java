/**
 * Pay (doc 002 variant 6, doc 001 rewards): base salary or level pay, allowances, sales commission
 * and rewards, contributed to the month's statements, and the pay slip (工资条) per employee and per
 * store.
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
      "settlement :: spi",
      "assessment :: levels"
    })
package kefu.pay;

import org.springframework.modulith.ApplicationModule;
