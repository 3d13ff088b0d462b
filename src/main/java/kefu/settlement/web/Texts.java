package kefu.settlement.web;

import java.util.Optional;

/**
 * Message lookup in the reader's language. The pages, the Excel export and the PDF share it, and
 * the PDF writer takes it as a plain interface so it can be tested without Spring.
 */
interface Texts {

  /** The message for the key with its arguments, if the bundles define it. */
  Optional<String> find(String key, Object... args);

  /** The message, or the key itself so a missing text shows up instead of failing the page. */
  default String get(String key, Object... args) {
    return find(key, args).orElse(key);
  }

  /** An incident type's label; without one the code shows. */
  default String typeLabel(String typeCode) {
    return typeCode;
  }

  /** A statement line's note in the reader's language; without a renderer the raw note shows. */
  default String note(String note) {
    return note;
  }

  /** A flag's name; the policy pages name the same flags, so the statements share their texts. */
  default String flagLabel(String flag) {
    return find("policy.flag." + flag).orElse(flag);
  }
}
