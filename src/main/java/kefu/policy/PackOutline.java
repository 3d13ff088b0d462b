package kefu.policy;

import org.springframework.modulith.NamedInterface;

/** What a section may refer to in the pack being read: its clauses and its incident types. */
@NamedInterface("spi")
public interface PackOutline {

  boolean hasClause(String number);

  /**
   * Whether the pack declares an incident type with this code, including one with problems of its
   * own (reported there, not again by whatever refers to it).
   */
  boolean declaresType(String code);

  /**
   * The required clause of {@code fields}, which must be one of this pack's; null when it is
   * missing or names no clause of the pack (the problem reported on the field).
   */
  default String clause(YamlFields fields) {
    return clause(fields, "clause");
  }

  /** The required clause under {@code key} of {@code fields}, as {@link #clause(YamlFields)}. */
  default String clause(YamlFields fields, String key) {
    String clause = fields.text(key, true);
    if (clause != null && !hasClause(clause)) {
      fields.problem(key, "names no clause of this pack: " + clause);
      return null;
    }
    return clause;
  }
}
