/** Ships: declares it needs no other module, then uses orders all the same. */
@ApplicationModule(allowedDependencies = {})
package kefu.architecture.contracts.shipping;

import org.springframework.modulith.ApplicationModule;
