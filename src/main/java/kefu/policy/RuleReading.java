package kefu.policy;

import java.util.Set;

/** What reading one type's rule may ask of the pack around it. */
interface RuleReading {

  /** The positions a rule may name. */
  Set<String> positions();

  /** The pack's free-allowance pool with this code; null when the pack has none. */
  FreeAllowance allowance(String code);

  /**
   * Checks, once every type is read, that {@code target} is another type of the pack with a fixed
   * {@code POINTS_PER_UNIT} rule, reporting on {@code fields.key} otherwise.
   */
  void countsAs(YamlFields fields, String key, String target);
}
