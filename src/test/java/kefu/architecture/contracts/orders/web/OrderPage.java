package kefu.architecture.contracts.orders.web;

import kefu.architecture.contracts.orders.Orders;

/** A page of the orders module, internal to it. */
public class OrderPage {

  public String render(Orders orders) {
    return "open: " + orders.open();
  }
}
