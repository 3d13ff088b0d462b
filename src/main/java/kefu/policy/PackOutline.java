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
}
