package kefu.settlement;

import org.springframework.modulith.NamedInterface;

/** The parts of a month's pay before fines, as the statement's pay block shows them. */
@NamedInterface("spi")
public enum PayPart {
  /** Level pay where a promotion ladder is in force for the employee, else the base salary. */
  BASE,
  ALLOWANCE,
  COMMISSION,
  REWARD
}
