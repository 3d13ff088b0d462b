/** Bills orders: may use the orders API, and reaches into its web page as well. */
@ApplicationModule(allowedDependencies = "orders")
package kefu.architecture.contracts.billing;

import org.springframework.modulith.ApplicationModule;
