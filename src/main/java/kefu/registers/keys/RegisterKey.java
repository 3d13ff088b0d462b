package kefu.registers.keys;

/**
 * A key the store keeps: its class, the custodian of that class, and whether it is sealed (封存,
 * opened only by an emergency opening, never loaned). {@code seal} is the seal number put on at the
 * last emergency opening's closing, when there was one.
 */
public record RegisterKey(
    long id,
    String storeCode,
    String code,
    KeyClass keyClass,
    String custodianCode,
    boolean sealed,
    String seal) {}
