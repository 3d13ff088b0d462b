package kefu.registers.uniforms;

import java.time.LocalDate;
import kefu.shared.Money;

/**
 * A uniform reported damaged or lost; with personal fault, the compensation the month close deducts
 * from the wearer's statement, citing the pack and clause in force that day.
 */
public record UniformDamage(
    long id,
    String employeeCode,
    String item,
    String size,
    Kind kind,
    boolean personalFault,
    Money compensation,
    LocalDate reportedOn,
    String note,
    String packId,
    Integer packVersion,
    String clause) {

  public enum Kind {
    DAMAGE,
    LOSS
  }
}
