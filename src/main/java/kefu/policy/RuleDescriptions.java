package kefu.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in words what a rule does, built from the rule's own values and message keys, so an edited
 * pack reads as correctly as a built-in one (no sentence is written per pack).
 */
@Component
public class RuleDescriptions {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Locale EN = Locale.ENGLISH;

  private final MessageSource messages;

  RuleDescriptions(MessageSource messages) {
    this.messages = messages;
  }

  /** The rule in both languages, for the API. */
  public LocalizedText describe(PolicyPack pack, Rule rule) {
    return new LocalizedText(describe(pack, rule, ZH), describe(pack, rule, EN));
  }

  public String describe(PolicyPack pack, Rule rule, Locale locale) {
    return rule.describe(new Words(pack, locale));
  }

  /** The words of one pack in one language. */
  private final class Words implements RuleWords {
    private final PolicyPack pack;
    private final Locale locale;

    Words(PolicyPack pack, Locale locale) {
      this.pack = pack;
      this.locale = locale;
    }

    @Override
    public String say(String key, Object... args) {
      return msg(key, locale, args);
    }

    @Override
    public String role(String role) {
      return RuleDescriptions.this.role(role, locale);
    }

    @Override
    public String position(String code) {
      return RuleDescriptions.this.position(code, locale);
    }

    @Override
    public String positions(List<String> codes) {
      return RuleDescriptions.this.positions(codes, locale);
    }

    @Override
    public String typeLabel(String code) {
      return pack.type(code).map(t -> t.label().in(locale)).orElse(code);
    }
  }

  public String unit(Unit unit, Locale locale) {
    return msg("policy.unit." + unit.name(), locale);
  }

  public String quota(Quota quota, Locale locale) {
    return msg(
        "policy.quota",
        locale,
        quota.label().in(locale),
        String.valueOf(quota.atLeast()),
        position(quota.performedBy(), locale));
  }

  /** The points scale: where a month starts, its floor, and what the remainder raises. */
  public List<String> scale(PointsScale scale, Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(
        msg(
            "policy.scale.start",
            locale,
            RuleWords.number(scale.start().value()),
            RuleWords.number(scale.floor().value()),
            positions(scale.positions(), locale)));
    scale
        .thresholds()
        .forEach(
            t ->
                lines.add(
                    msg(
                        "policy.scale.threshold",
                        locale,
                        RuleWords.number(t.atMost().value()),
                        flag(t.flag(), locale))));
    scale
        .streaks()
        .forEach(
            s ->
                lines.add(
                    msg(
                        "policy.scale.streak",
                        locale,
                        String.valueOf(s.months()),
                        RuleWords.number(s.atMost().value()),
                        flag(s.flag(), locale))));
    return lines;
  }

  /** A flag's name where one is written, else its code (packs may raise new flags). */
  private String flag(String code, Locale locale) {
    return messages.getMessage("policy.flag." + code, null, code, locale);
  }

  private String role(String role, Locale locale) {
    return Positions.RESPONSIBLE.equals(role)
        ? msg("policy.role.RESPONSIBLE", locale)
        : position(role, locale);
  }

  private String positions(List<String> positions, Locale locale) {
    return positions.stream()
        .map(p -> position(p, locale))
        .collect(Collectors.joining(msg("policy.rule.listSeparator", locale)));
  }

  /** A position's name where the organization names it; a configured one shows its code. */
  private String position(String code, Locale locale) {
    return messages.getMessage("position." + code, null, code, locale);
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
