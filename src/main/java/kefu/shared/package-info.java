/**
 * Small value types every module speaks: money in yuan, points on a deduction scale, and the
 * group's clock. Nothing here knows about a regulation.
 */
@ApplicationModule(allowedDependencies = {})
package kefu.shared;

import org.springframework.modulith.ApplicationModule;
