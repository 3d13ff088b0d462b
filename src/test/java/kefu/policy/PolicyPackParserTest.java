package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import kefu.compliance.Deadlines;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyPackParserTest {
  final PolicyPackParser parser = new PolicyPackParser();

  /** A small valid pack; the line numbers below are the ones the tests point at. */
  static final String SMALL =
      """
      id: small-pack
      version: 3
      title: { zh: 小制度, en: Small pack }
      scale:
        start: 10
        floor: 0
        positions: [CS_AGENT]
        thresholds:
          - { atMost: 5, flag: WARN }
      allowances:
        - { code: REST, free: 2, beyondCountsAs: MISS }
      clauses:
        - number: "§1"
          summary: { zh: 一, en: One }
          types:
            - code: LATE
              label: { zh: 迟, en: Late }
              unit: OCCURRENCE
              employee: REQUIRED
              rule:
                kind: FINE_PER_UNIT
                amounts:
                  - { role: RESPONSIBLE, amount: 10 }
                  - { role: CS_MANAGER, amount: 20.5, fallback: STORE_MANAGER }
            - code: MISS
              label: { zh: 缺, en: Miss }
              unit: DAY
              employee: REQUIRED
              rule: { kind: POINTS_PER_UNIT, points: 1.5 }
            - code: REST
              label: { zh: 休, en: Rest }
              unit: OCCURRENCE
              employee: REQUIRED
              rule: { kind: FREE_ALLOWANCE, allowance: REST }
      """;

  List<PackProblem> problems(String yaml) {
    return catchThrowableOfType(
            PolicyPackInvalidException.class, () -> parser.parse(yaml, "test.yaml"))
        .problems();
  }

  @Nested
  class BuiltIns {
    @Test
    void each_built_in_pack_parses() {
      assertThat(BuiltInPacks.all())
          .extracting(PolicyPack::id)
          .containsExactly(
              "group-cs-2010",
              "ecommerce-cs-10pt",
              "cs-uniforms",
              "cs-appraisal-uniform",
              "callcenter-100",
              "cs-promotion-ladder",
              "ecommerce-pay");
    }

    @Test
    void group_cs_2010_carries_every_clause_and_type_of_spec_2_1() {
      PolicyPack pack = BuiltInPacks.byId("group-cs-2010").orElseThrow();

      assertThat(pack.documentNumber()).contains("JTKF2010320-1");
      assertThat(pack.issuedOn()).hasValueSatisfying(d -> assertThat(d).hasToString("2010-03-24"));
      assertThat(pack.effectiveFrom())
          .hasValueSatisfying(d -> assertThat(d).hasToString("2010-04-01"));
      assertThat(pack.clauses())
          .extracting(Clause::number)
          .containsExactly("§1", "§2A", "§2B", "§2C", "§3", "§4", "§5", "§6", "§7", "§8");
      assertThat(pack.types())
          .extracting(IncidentTypeDefinition::code)
          .containsExactly(
              "CALLBACK_RECORDING_MISMATCH",
              "CALLBACK_DATA_MISSING",
              "SHOWROOM_FALSE_OR_MISSED",
              "SHOWROOM_DATA_INCONSISTENT",
              "FRONT_DESK_REST_UNNOTIFIED",
              "FRONT_DESK_COVER_NOT_ARRANGED",
              "REPORT_LATE",
              "IMPORTANT_COMPLAINT_UNREPORTED",
              "OA_TASK_LATE",
              "MANUFACTURER_MAIL_LATE",
              "MEETING_NOT_HELD",
              "ARCHIVE_LATE");
      assertThat(pack.scale()).isEmpty();
      assertThat(pack.section(Deadlines.class).orElseThrow().all()).hasSize(10);
    }

    @Test
    void ecommerce_cs_10pt_carries_the_scale_and_every_type_of_spec_2_2() {
      PolicyPack pack = BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();

      assertThat(pack.types())
          .extracting(IncidentTypeDefinition::code)
          // attendance (§5.1–§5.2), being reachable (§5.4–§5.5), attitude and work (§5.6–§5.7)
          .contains("LATE_ARRIVAL", "ABSENCE", "ABSENTEEISM", "LEAVE", "CLOCK_MISSED")
          .contains("ONLINE_STATUS_LAPSE", "UNANSWERED_COMPLAINT")
          .contains("ATTITUDE_COMPLAINT", "WORK_NOT_COMPLETED");
      PointsScale scale = pack.scale().orElseThrow();
      assertThat(scale.start()).isEqualTo(Points.of("10"));
      assertThat(scale.floor()).isEqualTo(Points.ZERO);
      assertThat(scale.positions())
          .containsExactlyInAnyOrder("CS_AGENT", "CS_MANAGER", "FRONT_DESK", "SUPERVISOR");
      assertThat(pack.documentNumber()).isEmpty();
    }
  }

  @Nested
  class Reading {
    @Test
    void a_valid_pack_reads_into_its_rules() {
      PolicyPack pack = parser.parse(SMALL, "test.yaml");

      assertThat(pack.id()).isEqualTo("small-pack");
      assertThat(pack.version()).isEqualTo(3);
      assertThat(pack.title().en()).isEqualTo("Small pack");
      FinePerUnit fine = (FinePerUnit) pack.type("LATE").orElseThrow().rule();
      assertThat(fine.amounts().get(1))
          .isEqualTo(new FinePerUnit.RoleAmount("CS_MANAGER", Money.of("20.50"), "STORE_MANAGER"));
      assertThat(pack.type("MISS").orElseThrow().rule())
          .isEqualTo(new PointsPerUnit(Points.of("1.5")));
      assertThat(pack.type("REST").orElseThrow().rule())
          .isEqualTo(new FreeAllowance("REST", 2, "MISS"));
      assertThat(pack.type("LATE").orElseThrow().clause()).isEqualTo("§1");
    }

    @Test
    void a_configured_position_is_accepted_by_a_parser_that_knows_it() {
      String yaml = SMALL.replace("role: CS_MANAGER", "role: NIGHT_LEAD");

      assertThat(problems(yaml)).extracting(PackProblem::line).containsExactly(24);
      PolicyPackParser configured = new PolicyPackParser(Set.of("NIGHT_LEAD", "STORE_MANAGER"));
      assertThat(
              configured.parse(
                  yaml.replace("positions: [CS_AGENT]", "positions: [NIGHT_LEAD]"), "t"))
          .isNotNull();
    }
  }

  @Nested
  class Problems {
    @Test
    void a_negative_amount_names_its_line_and_field() {
      List<PackProblem> problems = problems(SMALL.replace("amount: 20.5", "amount: -20"));

      assertThat(problems)
          .extracting(PackProblem::toString)
          .containsExactly("line 24, clauses[0].types[0].rule.amounts[1].amount: must be ≥ 0");
    }

    @Test
    void a_missing_required_field_names_the_mapping_it_is_missing_from() {
      List<PackProblem> problems = problems(SMALL.replace("        unit: DAY\n", ""));

      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).field()).isEqualTo("clauses[0].types[1].unit");
      assertThat(problems.get(0).message()).isEqualTo("is required");
      assertThat(problems.get(0).line()).isEqualTo(25);
    }

    @Test
    void an_unknown_rule_kind_is_refused_with_the_known_ones() {
      List<PackProblem> problems =
          problems(SMALL.replace("kind: POINTS_PER_UNIT", "kind: POINTS_PER_MOON"));

      assertThat(problems.get(0).line()).isEqualTo(29);
      assertThat(problems.get(0).field()).isEqualTo("clauses[0].types[1].rule.kind");
      assertThat(problems.get(0).message()).contains("FINE_PER_UNIT", "POINTS_PER_MOON");
    }

    @Test
    void an_unknown_role_or_position_is_refused() {
      assertThat(problems(SMALL.replace("fallback: STORE_MANAGER", "fallback: JANITOR")))
          .extracting(PackProblem::field)
          .containsExactly("clauses[0].types[0].rule.amounts[1].fallback");
      assertThat(problems(SMALL.replace("positions: [CS_AGENT]", "positions: [CS_AGENT, BOSS]")))
          .extracting(PackProblem::toString)
          .containsExactly("line 7, scale.positions[1]: must be a position, got 'BOSS'");
    }

    @Test
    void repeated_type_codes_are_refused() {
      assertThat(problems(SMALL.replace("code: MISS", "code: LATE")))
          .extracting(PackProblem::field)
          .contains("clauses[0].types[1].code");
    }

    @Test
    void a_top_level_section_no_reader_owns_is_reported_with_the_sections_known() {
      List<PackProblem> problems = problems(SMALL + "quotas:\n  - { code: CALLS }\n");

      assertThat(problems)
          .extracting(PackProblem::line, PackProblem::field)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(35, "quotas"));
      assertThat(problems.get(0).message()).contains("clauses", "deadlines");
    }

    @Test
    void a_misspelt_field_is_reported_rather_than_ignored() {
      assertThat(
              problems(
                  SMALL.replace(
                      "employee: REQUIRED\n        rule: { kind: POINTS",
                      "employe: REQUIRED\n        rule: { kind: POINTS")))
          .extracting(PackProblem::field)
          .contains("clauses[0].types[1].employe", "clauses[0].types[1].employee");
    }

    @Test
    void tiers_must_ascend() {
      String yaml =
          SMALL.replace(
              "rule: { kind: POINTS_PER_UNIT, points: 1.5 }",
              "rule:\n          kind: COUNT_TIERS\n          perOccurrence: 1\n          tiers:\n"
                  + "            - { count: 5, points: 10 }\n            - { count: 3, points: 5 }");

      assertThat(problems(yaml))
          .extracting(PackProblem::toString)
          .anyMatch(p -> p.startsWith("line 34, clauses[0].types[1].rule.tiers[1].count"));
    }

    @Test
    void a_discretionary_range_needs_min_at_most_max() {
      String yaml =
          SMALL.replace(
              "rule: { kind: POINTS_PER_UNIT, points: 1.5 }",
              "rule: { kind: DISCRETIONARY_POINTS, min: 2, max: 1 }");

      assertThat(problems(yaml))
          .extracting(PackProblem::toString)
          .anyMatch(p -> p.startsWith("line 29, clauses[0].types[1].rule.max: must be ≥ min"));
    }

    @Test
    void a_scale_threshold_above_the_start_is_refused() {
      assertThat(problems(SMALL.replace("atMost: 5", "atMost: 11")))
          .extracting(PackProblem::toString)
          .containsExactly("line 9, scale.thresholds[0].atMost: must not be above start (10.0)");
    }

    @Test
    void points_have_at_most_one_decimal_and_money_two() {
      assertThat(problems(SMALL.replace("points: 1.5", "points: 1.25")))
          .extracting(PackProblem::message)
          .containsExactly("must have at most 1 decimal places");
      assertThat(problems(SMALL.replace("amount: 20.5", "amount: 20.555")))
          .extracting(PackProblem::message)
          .containsExactly("must have at most 2 decimal places");
    }

    @Test
    void a_counts_as_type_must_exist_and_have_fixed_points() {
      assertThat(problems(SMALL.replace("beyondCountsAs: MISS", "beyondCountsAs: LATE")))
          .extracting(PackProblem::toString)
          .containsExactly(
              "line 11, allowances[0].beyondCountsAs: LATE must have a POINTS_PER_UNIT rule to be"
                  + " counted as");
      assertThat(problems(SMALL.replace("allowance: REST }", "allowance: NAP }")))
          .extracting(PackProblem::field)
          .containsExactly("clauses[0].types[2].rule.allowance");
    }

    @Test
    void a_points_rule_needs_a_named_employee() {
      assertThat(
              problems(
                  SMALL.replace(
                      "employee: REQUIRED\n        rule: { kind: POINTS",
                      "employee: NONE\n        rule: { kind: POINTS")))
          .extracting(PackProblem::field)
          .containsExactly("clauses[0].types[1].employee");
    }

    @Test
    void broken_yaml_reports_the_line_of_the_syntax_error() {
      List<PackProblem> problems =
          problems(
              SMALL.replace(
                  "title: { zh: 小制度, en: Small pack }", "title: { zh: 小制度, en: Small pack"));

      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).field()).isEqualTo("(yaml)");
      assertThat(problems.get(0).line()).isBetween(3, 4);
    }

    @Test
    void every_problem_is_reported_at_once_in_line_order() {
      List<PackProblem> problems =
          problems(SMALL.replace("version: 3", "version: 0").replace("points: 1.5", "points: x"));

      assertThat(problems).extracting(PackProblem::line).containsExactly(2, 29);
    }

    @Test
    void an_empty_document_is_refused() {
      assertThat(problems(""))
          .extracting(PackProblem::message)
          .containsExactly("the document is empty");
    }

    @Test
    void the_exception_message_lists_the_problems() {
      PolicyPackInvalidException e =
          catchThrowableOfType(
              PolicyPackInvalidException.class,
              () -> parser.parse(SMALL.replace("version: 3", "version: two"), "mine.yaml"));

      assertThat(e.sourceName()).isEqualTo("mine.yaml");
      assertThat(e.getMessage()).contains("mine.yaml", "line 2, version: must be a whole number");
    }
  }
}
