package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kefu.shared.Points;
import org.junit.jupiter.api.Test;

class RuleKindTest {

  @Test
  void every_permitted_rule_record_is_named_by_exactly_one_kind() {
    assertThat(Arrays.stream(RuleKind.values()).<Class<?>>map(RuleKind::record).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(Rule.class.getPermittedSubclasses());
  }

  @Test
  void a_rule_answers_the_kind_that_names_its_record() {
    assertThat(new PointsPerUnit(Points.of("2")).kind()).isEqualTo(RuleKind.POINTS_PER_UNIT);
    assertThat(new DiscretionaryPoints(Points.of("0.5"), Points.of("1")).kind())
        .isEqualTo(RuleKind.DISCRETIONARY_POINTS);
  }

  @Test
  void by_default_a_rule_needs_its_employee_named_and_takes_neither_minutes_nor_points() {
    Rule rule = new PointsPerUnit(Points.of("2"));
    List<IncidentProblem> problems = new ArrayList<>();

    rule.check("ABSENCE", new IncidentDraft("ABSENCE", "E1", 1, 5, BigDecimal.ONE), problems);

    assertThat(rule.employeeProblem(EmployeeRequirement.OPTIONAL)).isNotNull();
    assertThat(rule.employeeProblem(EmployeeRequirement.REQUIRED)).isNull();
    assertThat(problems)
        .extracting(IncidentProblem::code)
        .containsExactly(IncidentProblem.MINUTES_NOT_ALLOWED, IncidentProblem.POINTS_NOT_ALLOWED);
  }
}
