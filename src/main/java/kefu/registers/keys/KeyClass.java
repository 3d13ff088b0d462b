package kefu.registers.keys;

/** The classes of keys a store keeps (doc 002): each class has its custodian. */
public enum KeyClass {
  OFFICE,
  EQUIPMENT_ROOM,
  STAIRWELL,
  GATE,
  UNIT
}
