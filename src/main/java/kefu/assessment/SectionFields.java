package kefu.assessment;

import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/** What the assessment sections read alike: the clause each one cites. */
final class SectionFields {

  private SectionFields() {}

  /** The section's required {@code clause}, which must be a clause of the pack. */
  static String clause(YamlFields fields, PackOutline pack) {
    String clause = fields.text("clause", true);
    if (clause != null && !pack.hasClause(clause)) {
      fields.problem("clause", "names no clause of this pack: " + clause);
      return null;
    }
    return clause;
  }
}
