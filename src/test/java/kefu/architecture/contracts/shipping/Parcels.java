package kefu.architecture.contracts.shipping;

import kefu.architecture.contracts.orders.Orders;

/** Uses the orders API although its module declares no dependency on orders. */
public class Parcels {

  public int toShip(Orders orders) {
    return orders.open();
  }
}
