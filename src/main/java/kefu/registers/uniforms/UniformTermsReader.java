package kefu.registers.uniforms;

import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/** Reads a pack's {@code uniforms}: whole numbers of at least 1, clauses of the pack. */
public final class UniformTermsReader implements PackSectionReader<UniformTerms> {

  @Override
  public String key() {
    return "uniforms";
  }

  @Override
  public Class<UniformTerms> type() {
    return UniformTerms.class;
  }

  @Override
  public UniformTerms read(YamlFields top, PackOutline pack) {
    YamlFields fields = top.object(key(), true);
    if (fields == null) {
      return null;
    }
    fields.allowOnly(
        "newHireSets", "renewalYears", "issueClause", "compensationClause", "renewalClause");
    Integer sets = fields.integer("newHireSets", true, 1);
    Integer years = fields.integer("renewalYears", true, 1);
    String issue = clause(fields, "issueClause", pack);
    String compensation = clause(fields, "compensationClause", pack);
    String renewal = clause(fields, "renewalClause", pack);
    if (sets == null || years == null || issue == null || compensation == null || renewal == null) {
      return null;
    }
    return new UniformTerms(sets, years, issue, compensation, renewal);
  }

  private static String clause(YamlFields fields, String key, PackOutline pack) {
    String clause = fields.text(key, true);
    if (clause != null && !pack.hasClause(clause)) {
      fields.problem(key, "names no clause of this pack: " + clause);
      return null;
    }
    return clause;
  }
}
