package kefu.registers.uniforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import kefu.policy.BuiltInPacks;
import kefu.policy.PackProblem;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import org.junit.jupiter.api.Test;

/** The uniform figures of doc 004 are pack data, read by the registers' own section reader. */
class UniformTermsReaderTest {

  @Test
  void theBuiltInPackGivesANewHireTwoSetsAndRenewsAfterTwoYearsCitingItsClauses() {
    UniformTerms terms =
        BuiltInPacks.byId("cs-uniforms").orElseThrow().section(UniformTerms.class).orElseThrow();
    assertThat(terms).isEqualTo(new UniformTerms(2, 2, "§3.2", "§3.3", "§3.4"));
  }

  @Test
  void aCopyWithZeroSetsOrAnUnknownClauseIsRefusedOnItsLine() {
    String yaml =
        BuiltInPacks.yaml("cs-uniforms.yaml")
            .replace("newHireSets: 2", "newHireSets: 0")
            .replace("compensationClause: \"§3.3\"", "compensationClause: \"§9\"");
    var problems =
        catchThrowableOfType(
                PolicyPackInvalidException.class,
                () -> new PolicyPackParser().parse(yaml, "copy.yaml"))
            .problems();
    assertThat(problems)
        .extracting(PackProblem::field)
        .containsExactly("uniforms.newHireSets", "uniforms.compensationClause");
  }
}
