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
        requiredPerStoreMonth: 2
        incidentType: CALLBACK_RECORDING_MISMATCH
      """;

  @Test
  void the_built_in_group_cs_pack_samples_five_callbacks_and_needs_two_checks_a_month()
      throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policy-packs/group-cs-2010.yaml")) {
      PolicyPack pack =
          parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "group-cs-2010");

      assertThat(pack.section(SpotCheckRules.class))
          .contains(new SpotCheckRules("§1", 5, 2, "CALLBACK_RECORDING_MISMATCH"));
    }
  }

  @Test
  void a_pack_answers_its_figures_by_the_sections_type() {
    assertThat(parser.parse(PACK, "test.yaml").section(SpotCheckRules.class))
        .contains(new SpotCheckRules("§1", 5, 2, "CALLBACK_RECORDING_MISMATCH"));
  }

  @Test
  void a_pack_without_the_section_has_no_spot_check_figures() {
    String yaml = PACK.substring(0, PACK.indexOf("spotChecks:"));

    assertThat(parser.parse(yaml, "test.yaml").section(SpotCheckRules.class)).isEmpty();
  }

  @Test
  void a_sample_of_zero_an_unknown_clause_type_or_field_is_reported_with_its_line() {
    String yaml =
        PACK.replace("sampleSize: 5", "sampleSize: 0")
            .replace("clause: \"§1\"\n  sampleSize", "clause: \"§9\"\n  sampleSize")
            .replace("incidentType: CALLBACK_RECORDING_MISMATCH", "incidentType: NO_SUCH_TYPE")
            .replace("requiredPerStoreMonth: 2", "requiredPerStoreMonth: 2\n  perDay: 1");

    assertThat(
            catchThrowableOfType(
                    PolicyPackInvalidException.class, () -> parser.parse(yaml, "test.yaml"))
                .problems())
        .extracting(PackProblem::line, PackProblem::field)
        .contains(
            org.assertj.core.groups.Tuple.tuple(14, "spotChecks.clause"),
            org.assertj.core.groups.Tuple.tuple(15, "spotChecks.sampleSize"),
            org.assertj.core.groups.Tuple.tuple(18, "spotChecks.incidentType"));
  }
}
