package kefu.registers.uniforms;

import java.time.YearMonth;
import java.util.List;
import kefu.policy.Note;
import kefu.settlement.MonthCharge;
import kefu.settlement.MonthCharges;
import org.springframework.stereotype.Component;

/**
 * The compensations for uniforms damaged or lost by one's own fault, as deduction lines of the
 * month they were reported in, citing the pack and clause (doc 004) in force that day.
 */
@Component
class UniformCompensations implements MonthCharges {

  /** The type code the statement line carries. */
  static final String TYPE = "UNIFORM_COMPENSATION";

  private final UniformRegister uniforms;

  UniformCompensations(UniformRegister uniforms) {
    this.uniforms = uniforms;
  }

  @Override
  public List<MonthCharge> of(YearMonth month) {
    return uniforms.compensations(month).stream()
        .map(
            d ->
                new MonthCharge(
                    d.employeeCode(),
                    d.packId(),
                    d.packVersion(),
                    d.clause(),
                    TYPE,
                    d.compensation(),
                    Note.of("uniformCompensation", d.item(), d.size(), d.id())))
        .toList();
  }
}
