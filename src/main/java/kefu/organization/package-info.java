/**
 * The group, its stores and employees, who holds which post in which store on which day
 * (effective-dated assignments), and the user accounts, roles and store data scope that decide what
 * each person may see and change. Other modules ask this module "who held post X in store S on day
 * D" and "what may the current user see" through its public types.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: shell", "audit", "audit :: spi"})
package kefu.organization;

import org.springframework.modulith.ApplicationModule;
