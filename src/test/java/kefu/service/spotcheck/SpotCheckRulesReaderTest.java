package kefu.service.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import kefu.policy.PackProblem;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import org.junit.jupiter.api.Test;

/** The {@code spotChecks} section, read by the service module's reader through the parser. */
class SpotCheckRulesReaderTest {
  final PolicyPackParser parser = new PolicyPackParser();

  static final String PACK =
      """
      id: check-pack
      version: 1
      title: { zh: 抽查, en: Checks }
      clauses:
        - number: "§1"
          summary: { zh: 回访, en: Callbacks }
          types:
            - code: CALLBACK_RECORDING_MISMATCH
              label: { zh: 不符, en: Mismatch }
              unit: OCCURRENCE
              employee: REQUIRED
              rule: { kind: RECORD_ONLY }
      spotChecks:
        clause: "§1"
        sampleSize: 5
        incidentType: CALLBACK_RECORDING_MISMATCH
      """;

  @Test
  void the_built_in_group_cs_pack_samples_five_callbacks_and_its_clause_1_quota_needs_two_checks()
      throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policy-packs/group-cs-2010.yaml")) {
      PolicyPack pack =
          parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "group-cs-2010");

      assertThat(pack.section(SpotCheckRules.class))
          .contains(new SpotCheckRules("§1", 5, "CALLBACK_RECORDING_MISMATCH"));
      // the monthly minimum is the clause's quota, the one place the figure is written
      assertThat(pack.clauses())
          .filteredOn(c -> c.number().equals("§1"))
          .singleElement()
          .satisfies(c -> assertThat(c.quota().atLeast()).isEqualTo(2));
    }
  }

  @Test
  void a_pack_answers_its_figures_by_the_sections_type() {
    assertThat(parser.parse(PACK, "test.yaml").section(SpotCheckRules.class))
        .contains(new SpotCheckRules("§1", 5, "CALLBACK_RECORDING_MISMATCH"));
  }

  @Test
  void a_pack_without_the_section_has_no_spot_check_figures() {
    String yaml = PACK.substring(0, PACK.indexOf("spotChecks:"));

    assertThat(parser.parse(yaml, "test.yaml").section(SpotCheckRules.class)).isEmpty();
  }

  @Test
  void
      a_sample_of_zero_an_unknown_clause_type_or_field_and_a_repeated_quota_are_reported_by_line() {
    String yaml =
        PACK.replace("sampleSize: 5", "sampleSize: 0\n  requiredPerStoreMonth: 2")
            .replace("clause: \"§1\"\n  sampleSize", "clause: \"§9\"\n  sampleSize")
            .replace("incidentType: CALLBACK_RECORDING_MISMATCH", "incidentType: NO_SUCH_TYPE");

    assertThat(
            catchThrowableOfType(
                    PolicyPackInvalidException.class, () -> parser.parse(yaml, "test.yaml"))
                .problems())
        .extracting(PackProblem::line, PackProblem::field)
        .contains(
            org.assertj.core.groups.Tuple.tuple(14, "spotChecks.clause"),
            org.assertj.core.groups.Tuple.tuple(15, "spotChecks.sampleSize"),
            org.assertj.core.groups.Tuple.tuple(16, "spotChecks.requiredPerStoreMonth"),
            org.assertj.core.groups.Tuple.tuple(17, "spotChecks.incidentType"));
  }
}
