package kefu.registers.hazmat;

import java.math.BigDecimal;

/** What a store holds of one hazardous material. */
public record HazmatStock(String storeCode, String item, BigDecimal quantity) {}
