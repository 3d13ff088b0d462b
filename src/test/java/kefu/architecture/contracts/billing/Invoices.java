package kefu.architecture.contracts.billing;

import kefu.architecture.contracts.orders.Orders;
import kefu.architecture.contracts.orders.web.OrderPage;

/** Uses the orders API (allowed) and the orders page (not allowed: it is internal). */
public class Invoices {

  public String invoice(Orders orders) {
    return new OrderPage().render(orders);
  }
}
