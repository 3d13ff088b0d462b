package kefu.architecture.contracts.orders;

/** The orders module's API. */
public class Orders {

  public int open() {
    return 1;
  }
}
