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
    // Java 17 has no pattern switch: the kind picks the case, and each case knows its class
    return switch (rule.kind()) {
      case FINE_PER_UNIT -> fines((FinePerUnit) rule, locale);
      case COLLECTIVE_FINE -> collective((CollectiveFine) rule, locale);
      case POINTS_PER_UNIT ->
          msg("policy.rule.points", locale, number(((PointsPerUnit) rule).points().value()));
      case COUNT_TIERS -> tiers((CountTierPoints) rule, locale);
      case FREE_ALLOWANCE -> allowance(pack, (FreeAllowance) rule, locale);
      case CONVERSION -> conversion(pack, (ConvertedPoints) rule, locale);
      case DISCRETIONARY_POINTS -> discretionary((DiscretionaryPoints) rule, locale);
      case RECORD_ONLY -> msg("policy.rule.recordOnly", locale);
    };
  }

  private String fines(FinePerUnit rule, Locale locale) {
    return rule.amounts().stream()
        .map(a -> roleAmount(a, locale))
        .collect(Collectors.joining(msg("policy.rule.join", locale)));
  }

  private String collective(CollectiveFine rule, Locale locale) {
    return msg(
        "policy.rule.collective",
        locale,
        number(rule.percentOfMonthlyPay()),
        positions(rule.positions(), locale));
  }

  private String allowance(PolicyPack pack, FreeAllowance rule, Locale locale) {
    return msg(
        "policy.rule.allowance",
        locale,
        rule.allowance(),
        String.valueOf(rule.free()),
        typeLabel(pack, rule.beyondCountsAs(), locale));
  }

  private String conversion(PolicyPack pack, ConvertedPoints rule, Locale locale) {
    return msg(
        "policy.rule.conversion",
        locale,
        number(rule.points().value()),
        String.valueOf(rule.minutesOver()),
        typeLabel(pack, rule.countsAs(), locale));
  }

  private String discretionary(DiscretionaryPoints rule, Locale locale) {
    return msg(
        "policy.rule.discretionary",
        locale,
        number(rule.min().value()),
        number(rule.max().value()));
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
                    msg(
                        "policy.scale.threshold",
                        locale,
                        number(t.atMost().value()),
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
                        number(s.atMost().value()),
                        flag(s.flag(), locale))));
    return lines;
  }

  private String tiers(CountTierPoints rule, Locale locale) {
    String tiers =
        rule.tiers().stream()
            .map(
                t ->
                    msg(
                        "policy.rule.tier",
                        locale,
                        String.valueOf(t.count()),
                        number(t.points().value())))
            .collect(Collectors.joining(msg("policy.rule.listSeparator", locale)));
    // a type that costs nothing until a tier is reached says only the tiers
    return rule.perOccurrence().isZero()
        ? msg("policy.rule.tiersOnly", locale, tiers)
        : msg("policy.rule.tiers", locale, number(rule.perOccurrence().value()), tiers);
  }

  /** A flag's name where one is written, else its code (packs may raise new flags). */
  private String flag(String code, Locale locale) {
    return messages.getMessage("policy.flag." + code, null, code, locale);
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
