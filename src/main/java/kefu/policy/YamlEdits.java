package kefu.policy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Rewrites single values of a pack's YAML in place (its id, version and title) and leaves every
 * other character as the author wrote it, comments included: a copy or a new version should read
 * like the text it came from, not like a re-serialized document.
 */
final class YamlEdits {
  private final String text;
  private final MappingNode root;
  private final List<Replacement> replacements = new ArrayList<>();

  private record Replacement(int start, int end, String value) {}

  private YamlEdits(String text, MappingNode root) {
    this.text = text;
    this.root = root;
  }

  /** Edits of {@code yaml}, which must be a well-formed document with a mapping at the top. */
  static YamlEdits of(String yaml) {
    Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    if (!(root instanceof MappingNode mapping)) {
      throw new IllegalArgumentException("not a YAML mapping");
    }
    return new YamlEdits(yaml, mapping);
  }

  /** The 1-based line of a scalar at {@code path} (keys separated by dots), if there is one. */
  Optional<Integer> line(String path) {
    return scalar(path).map(n -> n.getStartMark().getLine() + 1);
  }

  /** The scalar at {@code path} as written, if there is one. */
  Optional<String> value(String path) {
    return scalar(path).map(ScalarNode::getValue);
  }

  YamlEdits set(String path, String plainValue) {
    ScalarNode node =
        scalar(path).orElseThrow(() -> new IllegalArgumentException("no scalar at " + path));
    replacements.add(
        new Replacement(index(node.getStartMark()), index(node.getEndMark()), plainValue));
    return this;
  }

  /** Sets a free text, quoted so that any character (a colon, a quote, a '#') stays text. */
  YamlEdits setText(String path, String value) {
    return set(path, quoted(value));
  }

  String apply() {
    StringBuilder out = new StringBuilder(text);
    // from the end backwards, so earlier offsets stay valid
    replacements.stream()
        .sorted(Comparator.comparingInt(Replacement::start).reversed())
        .forEach(r -> out.replace(r.start(), r.end(), r.value()));
    return out.toString();
  }

  private Optional<ScalarNode> scalar(String path) {
    Node node = root;
    for (String key : path.split("\\.")) {
      if (!(node instanceof MappingNode mapping)) {
        return Optional.empty();
      }
      node = child(mapping, key);
    }
    return node instanceof ScalarNode scalar ? Optional.of(scalar) : Optional.empty();
  }

  private static Node child(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    return null;
  }

  // SnakeYAML counts code points; Java strings count UTF-16 units.
  private int index(org.yaml.snakeyaml.error.Mark mark) {
    return text.offsetByCodePoints(0, mark.getIndex());
  }

  static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
