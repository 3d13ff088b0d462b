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

  static String packWithFlag(String flag) {
    return """
        id: flag-pack
        version: 1
        title: { zh: 标记, en: Flags }
        scale:
          start: 10
          floor: 0
          positions: [CS_AGENT]
          thresholds:
            - { atMost: 5, flag: %s }
        clauses:
          - number: "§1"
            summary: { zh: 一, en: One }
            types:
              - code: MISS
                label: { zh: 缺, en: Miss }
                unit: DAY
                employee: REQUIRED
                rule: { kind: POINTS_PER_UNIT, points: 1 }
        """
        .formatted(flag);
  }

  @Test
  void a_flag_of_64_characters_is_read() {
    String flag = "W" + "_".repeat(63);

    PolicyPack pack = parser.parse(packWithFlag(flag), "test.yaml");

    assertThat(pack.scale().orElseThrow().flags(Points.ZERO, java.util.List.of()))
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
                "scale.thresholds[0].flag",
                "must be an upper-case code like CS_MANAGER of at most 64 characters, got '"
                    + flag
                    + "'"));
  }
}
