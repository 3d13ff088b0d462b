package kefu.policy.web;

import java.util.List;
import java.util.Locale;
import kefu.policy.Clause;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.PolicyPack;
import kefu.policy.RuleDescriptions;

/**
 * A pack as its page shows it, in the reader's language: each clause with our summary, its quota,
 * and each incident type with its unit and its rule in words.
 */
record PackPage(String title, String documentNumber, List<String> scale, List<ClauseRow> clauses) {

  record ClauseRow(String number, String summary, String quota, List<TypeRow> types) {}

  record TypeRow(String code, String label, String unit, String rule) {}

  static PackPage of(PolicyPack pack, RuleDescriptions words, Locale locale) {
    return new PackPage(
        pack.title().in(locale),
        pack.documentNumber().orElse(null),
        pack.scale().map(s -> words.scale(s, locale)).orElse(List.of()),
        pack.clauses().stream().map(c -> clause(pack, c, words, locale)).toList());
  }

  private static ClauseRow clause(
      PolicyPack pack, Clause c, RuleDescriptions words, Locale locale) {
    return new ClauseRow(
        c.number(),
        c.summary().in(locale),
        c.quota() == null ? null : words.quota(c.quota(), locale),
        c.types().stream().map(t -> type(pack, t, words, locale)).toList());
  }

  private static TypeRow type(
      PolicyPack pack, IncidentTypeDefinition t, RuleDescriptions words, Locale locale) {
    return new TypeRow(
        t.code(),
        t.label().in(locale),
        words.unit(t.unit(), locale),
        words.describe(pack, t.rule(), locale));
  }
}
