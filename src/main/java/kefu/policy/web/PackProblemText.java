package kefu.policy.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kefu.policy.PackProblem;
import org.springframework.context.MessageSource;

/**
 * A pack problem in the reader's language. The pack checks word their findings in one fixed set of
 * sentences; each is matched here and said again from {@code policy.problem.*}, with the values it
 * names (a line, a code, a number) carried over. A finding of the YAML reader itself becomes "the
 * text is not valid YAML" at its line.
 */
final class PackProblemText {

  private record Shape(Pattern pattern, String key) {}

  private static final List<Shape> SHAPES =
      List.of(
          shape("must be a mapping", "mapping"),
          shape("keys must be plain names", "plainKeys"),
          shape("appears more than once", "repeated"),
          shape("unknown field \\(expected one of (.+)\\)", "unknownField"),
          shape("is required", "required"),
          shape("must be a single value", "single"),
          shape("must not be empty", "empty"),
          shape("must be a list", "list"),
          shape("must be a whole number, got '(.*)'", "wholeNumber"),
          shape("must be a number, got '(.*)'", "number"),
          shape("must have at most (\\d+) decimal places", "decimals"),
          shape("must be a date like 2010-04-01, got '(.*)'", "date"),
          shape("must be a time like 12:00 or 23:59:59, got '(.*)'", "time"),
          shape("must be an upper-case code like CS_MANAGER[^,]*, got '(.*)'", "code"),
          shape("must be lower-case letters, digits and dashes, got '(.*)'", "packId"),
          shape("must be a position, got '(.*)'", "position"),
          shape("must be RESPONSIBLE or a position, got '(.*)'", "role"),
          shape("must be (.+), got '(.*)'", "oneOf"),
          shape("must be ≥ min \\((.+)\\)", "atLeastMin"),
          shape("must be ≥ (.+)", "atLeast"),
          shape("must be above 0 and at most 100", "percent"),
          shape("must not be above start \\((.+)\\)", "aboveStart"),
          shape("must not be below the previous tier's (.+)", "belowPrevious"),
          shape("tiers must ascend: (.+) follows (.+)", "ascendAfter"),
          shape("tiers must ascend", "ascend"),
          shape("repeats '(.*)'", "repeats"),
          shape(
              "repeats (role|clause|threshold|allowance|incident type|deadline) (.+)", "repeatsOf"),
          shape("names no allowance of the pack's allowances: (.+)", "noAllowance"),
          shape("names no incident type of this pack: (.+)", "noTypeNamed"),
          shape("names no incident type of this pack", "noType"),
          shape("names no clause of this pack: (.+)", "noClause"),
          shape("a type cannot count as itself", "countsAsItself"),
          shape("(.+) must have a POINTS_PER_UNIT rule to be counted as", "countedAs"),
          shape("only a position other than the role can stand in for it", "fallback"),
          shape("must be REQUIRED: the rule charges the incident's own employee", "ownEmployee"),
          shape("the document is empty", "emptyDocument"));

  private PackProblemText() {}

  private static Shape shape(String regex, String key) {
    return new Shape(Pattern.compile(regex), "policy.problem." + key);
  }

  /** The problem's message in {@code locale}; a sentence not known here stays as it is. */
  static String of(PackProblem problem, MessageSource messages, Locale locale) {
    if ("(yaml)".equals(problem.field())) {
      return messages.getMessage("policy.problem.yaml", null, locale);
    }
    for (Shape s : SHAPES) {
      Matcher m = s.pattern().matcher(problem.message());
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        if (s.key().endsWith("repeatsOf")) {
          args[0] =
              messages.getMessage(
                  "policy.problem.thing." + args[0].toString().replace(' ', '_'), null, locale);
        }
        return messages.getMessage(s.key(), args, locale);
      }
    }
    return problem.message();
  }
}
