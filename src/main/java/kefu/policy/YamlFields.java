package kefu.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import kefu.shared.Points;
import org.springframework.modulith.NamedInterface;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one YAML mapping of a pack, read with their line numbers so every problem can say
 * where it is (line and field path, e.g. {@code line 24, deadlines[1].at}). Readers report problems
 * and return null instead of throwing, so one pass finds them all. Rule kinds and {@link
 * PackSectionReader}s read their part of a pack through it.
 */
@NamedInterface("spi")
public final class YamlFields {
  /** Codes are stored in columns of 64 characters (incident types, statement flags). */
  private static final String CODE = "[A-Z][A-Z0-9_]{0,63}";

  private static final String CODE_EXPECTED =
      "an upper-case code like CS_MANAGER of at most 64 characters";

  private final List<PackProblem> problems;
  private final Node node;
  private final String path;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Node> keys = new LinkedHashMap<>();

  private YamlFields(List<PackProblem> problems, Node node, String path) {
    this.problems = problems;
    this.node = node;
    this.path = path;
  }

  /** The fields of {@code node}, or null (with a problem) when it is not a mapping. */
  static YamlFields of(List<PackProblem> problems, Node node, String path) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(
          new PackProblem(line(node), path.isEmpty() ? "(top)" : path, "must be a mapping"));
      return null;
    }
    YamlFields fields = new YamlFields(problems, node, path);
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.add(new PackProblem(line(tuple.getKeyNode()), path, "keys must be plain names"));
        continue;
      }
      if (fields.values.containsKey(key.getValue())) {
        problems.add(
            new PackProblem(line(key), fields.path(key.getValue()), "appears more than once"));
        continue;
      }
      fields.values.put(key.getValue(), tuple.getValueNode());
      fields.keys.put(key.getValue(), key);
    }
    return fields;
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  public String path() {
    return path;
  }

  int line() {
    return line(node);
  }

  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public boolean has(String key) {
    Node value = values.get(key);
    return value != null && !isNull(value);
  }

  /** Reports every field not in {@code allowed}, which catches misspelt names. */
  public void allowOnly(String... allowed) {
    Set<String> known = Set.of(allowed);
    keys.forEach(
        (name, key) -> {
          if (!known.contains(name)) {
            problems.add(
                new PackProblem(
                    line(key),
                    path(name),
                    "unknown field (expected one of " + String.join(", ", allowed) + ")"));
          }
        });
  }

  public void problem(String key, String message) {
    Node value = values.get(key);
    problems.add(new PackProblem(value == null ? line() : line(value), path(key), message));
  }

  public void problemHere(String message) {
    problems.add(new PackProblem(line(), path.isEmpty() ? "(top)" : path, message));
  }

  private boolean present(String key, boolean required) {
    if (has(key)) {
      return true;
    }
    if (required) {
      problem(key, "is required");
    }
    return false;
  }

  private String scalar(String key) {
    Node value = values.get(key);
    if (value instanceof ScalarNode scalar) {
      return scalar.getValue().trim();
    }
    problem(key, "must be a single value");
    return null;
  }

  public String text(String key, boolean required) {
    if (!present(key, required)) {
      return null;
    }
    String text = scalar(key);
    if (text != null && text.isEmpty()) {
      problem(key, "must not be empty");
      return null;
    }
    return text;
  }

  /** A text that must match {@code pattern}, explained by {@code expected} when it does not. */
  public String code(String key, boolean required, String pattern, String expected) {
    String text = text(key, required);
    if (text != null && !text.matches(pattern)) {
      problem(key, "must be " + expected + ", got '" + text + "'");
      return null;
    }
    return text;
  }

  /** An upper-case code such as a type, flag or allowance code. */
  public String code(String key, boolean required) {
    return code(key, required, CODE, CODE_EXPECTED);
  }

  /** Points: ≥ 0 with at most one decimal place. */
  public Points points(String key, boolean required) {
    BigDecimal value = decimal(key, required, 1);
    return value == null ? null : Points.of(value);
  }

  /** A {@code {zh, en}} mapping: a text in both languages. */
  public LocalizedText localized(String key, boolean required) {
    YamlFields fields = object(key, required);
    if (fields == null) {
      return null;
    }
    fields.allowOnly("zh", "en");
    String zh = fields.text("zh", true);
    String en = fields.text("en", true);
    return zh == null || en == null ? null : new LocalizedText(zh, en);
  }

  public Integer integer(String key, boolean required, int min) {
    Integer value = parsed(key, required, Integer::valueOf, "a whole number");
    if (value != null && value < min) {
      problem(key, "must be ≥ " + min);
      return null;
    }
    return value;
  }

  /** A non-negative decimal with at most {@code maxDecimals} places. */
  public BigDecimal decimal(String key, boolean required, int maxDecimals) {
    BigDecimal value = parsed(key, required, BigDecimal::new, "a number");
    if (value == null) {
      return null;
    }
    if (value.signum() < 0) {
      problem(key, "must be ≥ 0");
      return null;
    }
    if (value.stripTrailingZeros().scale() > maxDecimals) {
      problem(key, "must have at most " + maxDecimals + " decimal places");
      return null;
    }
    return value;
  }

  public LocalDate date(String key, boolean required) {
    return parsed(key, required, LocalDate::parse, "a date like 2010-04-01");
  }

  public LocalTime time(String key, boolean required) {
    return parsed(key, required, LocalTime::parse, "a time like 12:00 or 23:59:59");
  }

  /**
   * The single value under {@code key} as {@code parse} reads it; null when it refuses the text,
   * with a problem on the field saying it must be {@code expected} and what it got.
   */
  private <T> T parsed(String key, boolean required, Function<String, T> parse, String expected) {
    if (!present(key, required)) {
      return null;
    }
    String text = scalar(key);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      problem(key, "must be " + expected + ", got '" + text + "'");
      return null;
    }
  }

  public <E extends Enum<E>> E choice(String key, boolean required, Class<E> type) {
    String text = text(key, required);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problem(
          key,
          "must be one of "
              + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
              + ", got '"
              + text
              + "'");
      return null;
    }
  }

  public YamlFields object(String key, boolean required) {
    if (!present(key, required)) {
      return null;
    }
    return of(problems, values.get(key), path(key));
  }

  /** The mappings of a list field; {@code required} also means the list must not be empty. */
  public List<YamlFields> objects(String key, boolean required) {
    List<YamlFields> result = new ArrayList<>();
    SequenceNode sequence = sequence(key, required);
    if (sequence == null) {
      return result;
    }
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      YamlFields item = of(problems, items.get(i), path(key) + "[" + i + "]");
      if (item != null) {
        result.add(item);
      }
    }
    return result;
  }

  /** A non-empty list of texts, each accepted by {@code valid} and none repeated. */
  public List<String> texts(
      String key, boolean required, Predicate<String> valid, String expected) {
    List<String> result = new ArrayList<>();
    SequenceNode sequence = sequence(key, required);
    if (sequence == null) {
      return result;
    }
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String field = path(key) + "[" + i + "]";
      if (!(item instanceof ScalarNode scalar)) {
        problems.add(new PackProblem(line(item), field, "must be a single value"));
      } else if (!valid.test(scalar.getValue())) {
        problems.add(
            new PackProblem(
                line(item), field, "must be " + expected + ", got '" + scalar.getValue() + "'"));
      } else if (result.contains(scalar.getValue())) {
        problems.add(new PackProblem(line(item), field, "repeats '" + scalar.getValue() + "'"));
      } else {
        result.add(scalar.getValue());
      }
    }
    return result;
  }

  private SequenceNode sequence(String key, boolean required) {
    if (!present(key, required)) {
      return null;
    }
    if (!(values.get(key) instanceof SequenceNode sequence)) {
      problem(key, "must be a list");
      return null;
    }
    if (required && sequence.getValue().isEmpty()) {
      problem(key, "must not be empty");
      return null;
    }
    return sequence;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getTag().getValue().endsWith(":null")
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equalsIgnoreCase("null"));
  }
}
