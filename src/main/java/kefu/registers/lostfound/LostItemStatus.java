package kefu.registers.lostfound;

/** Where a found item is: registered, announced, handed to the manager, or claimed by its owner. */
public enum LostItemStatus {
  REGISTERED,
  ANNOUNCED,
  WITH_MANAGER,
  CLAIMED
}
