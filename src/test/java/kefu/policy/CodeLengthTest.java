package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import kefu.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * Codes are stored in columns of 64 characters (incident types, the flags of a statement), so the
 * pack refuses a longer one on its field instead of a month close failing on it later.
 */
class CodeLengthTest {
  final PolicyPackParser parser = new PolicyPackParser();

  /** The built-in pack whose month penalty flag is {@code flag}. */
  static String packWithFlag(String flag) {
    return BuiltInPacks.yaml("ecommerce-cs-10pt.yaml")
        .replace("flag: PENALTY }", "flag: " + flag + " }");
  }

  @Test
  void a_flag_of_64_characters_is_read() {
    String flag = "W" + "_".repeat(63);

    PolicyPack pack = parser.parse(packWithFlag(flag), "test.yaml");

    assertThat(pack.scale().orElseThrow().flags(Points.of("2"), java.util.List.of()))
        .containsExactly(flag);
  }

  @Test
  void a_flag_of_65_characters_is_refused_on_its_field() {
    String flag = "W" + "_".repeat(64);

    PolicyPackInvalidException refused =
        catchThrowableOfType(
            PolicyPackInvalidException.class, () -> parser.parse(packWithFlag(flag), "test.yaml"));

    assertThat(refused.problems())
        .extracting(PackProblem::field, PackProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "scale.thresholds[1].flag",
                "must be an upper-case code like CS_MANAGER of at most 64 characters, got '"
                    + flag
                    + "'"));
  }
}
