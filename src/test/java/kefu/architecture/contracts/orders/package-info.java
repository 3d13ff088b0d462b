/** Takes orders; its root package is its API, its web page is its own. */
@ApplicationModule(allowedDependencies = {})
package kefu.architecture.contracts.orders;

import org.springframework.modulith.ApplicationModule;
