package kefu.policy;

import java.math.BigDecimal;
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
    // Java 17: no pattern switch, so the kind picks the case and the case casts
    return switch (rule.kind()) {
      case FINE_PER_UNIT ->
          ((FinePerUnit) rule)
              .amounts().stream()
                  .map(a -> roleAmount(a, locale))
                  .collect(Collectors.joining(msg("policy.rule.join", locale)));
      case COLLECTIVE_FINE ->
          msg(
              "policy.rule.collective",
              locale,
              number(((CollectiveFine) rule).percentOfMonthlyPay()),
              positions(((CollectiveFine) rule).positions(), locale));
      case POINTS_PER_UNIT ->
          msg("policy.rule.points", locale, number(((PointsPerUnit) rule).points().value()));
      case COUNT_TIERS ->
          msg(
              "policy.rule.tiers",
              locale,
              number(((CountTierPoints) rule).perOccurrence().value()),
              ((CountTierPoints) rule)
                  .tiers().stream()
                      .map(
                          t ->
                              msg(
                                  "policy.rule.tier",
                                  locale,
                                  String.valueOf(t.count()),
                                  number(t.points().value())))
                      .collect(Collectors.joining(msg("policy.rule.listSeparator", locale))));
      case FREE_ALLOWANCE ->
          msg(
              "policy.rule.allowance",
              locale,
              ((FreeAllowance) rule).allowance(),
              String.valueOf(((FreeAllowance) rule).free()),
              typeLabel(pack, ((FreeAllowance) rule).beyondCountsAs(), locale));
      case CONVERSION ->
          msg(
              "policy.rule.conversion",
              locale,
              number(((ConvertedPoints) rule).points().value()),
              String.valueOf(((ConvertedPoints) rule).minutesOver()),
              typeLabel(pack, ((ConvertedPoints) rule).countsAs(), locale));
      case DISCRETIONARY_POINTS ->
          msg(
              "policy.rule.discretionary",
              locale,
              number(((DiscretionaryPoints) rule).min().value()),
              number(((DiscretionaryPoints) rule).max().value()));
      case RECORD_ONLY -> msg("policy.rule.recordOnly", locale);
    };
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
    List<String> lines = new java.util.ArrayList<>();
    lines.add(
        msg(
            "policy.scale.start",
            locale,
            number(scale.start().value()),
            number(scale.floor().value()),
            positions(scale.positions(), locale)));
    scale
        .thresholds()
        .forEach(
            t ->
                lines.add(
                    msg("policy.scale.threshold", locale, number(t.atMost().value()), t.flag())));
    scale
        .streaks()
        .forEach(
            s ->
                lines.add(
                    msg(
                        "policy.scale.streak",
                        locale,
                        String.valueOf(s.months()),
                        number(s.atMost().value()),
                        s.flag())));
    return lines;
  }

  private String roleAmount(FinePerUnit.RoleAmount a, Locale locale) {
    String part =
        msg("policy.rule.fine", locale, role(a.role(), locale), number(a.amount().amount()));
    if (a.fallbackPosition() == null) {
      return part;
    }
    return part
        + msg(
            "policy.rule.fallback",
            locale,
            role(a.role(), locale),
            position(a.fallbackPosition(), locale));
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

  private static String typeLabel(PolicyPack pack, String code, Locale locale) {
    return pack.type(code).map(t -> t.label().in(locale)).orElse(code);
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
