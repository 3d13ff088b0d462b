package kefu.organization;

/**
 * The built-in posts an employee can hold in a store (SPEC §1). Which of them form the CS
 * department is a policy pack's business (its scale and collective fines list them).
 */
public enum Position {
  CS_AGENT,
  CS_MANAGER,
  FRONT_DESK,
  STORE_MANAGER,
  SUPERVISOR,
  GROUP_CS,
  EXECUTIVE;
}
