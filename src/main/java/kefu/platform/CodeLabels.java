package kefu.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes a coded field takes (a position, a level, a store, an incident type) and the labels
 * people write for them: an import or form accepts the code in any letter case, any of its labels
 * (Chinese or English), or the label with the code beside it as exports and templates write it,
 * {@code 客服专员 (CS_AGENT)}. A label that belongs to more than one code is refused as ambiguous
 * rather than guessed.
 */
public final class CodeLabels {

  /** A label followed by its code in brackets, half- or full-width. */
  private static final Pattern WITH_CODE =
      Pattern.compile("^(.*?)\\s*[(（]\\s*([A-Za-z0-9_-]+)\\s*[)）]$");

  /** The message key of a label that stands for several codes. */
  public static final String AMBIGUOUS = "import.ambiguousLabel";

  private final Map<String, String> codes = new LinkedHashMap<>();
  private final Map<String, String> shown = new LinkedHashMap<>();
  private final Map<String, Set<String>> byLabel = new LinkedHashMap<>();

  /**
   * Adds a code; the first label is the one shown to the reader (in their language), the others are
   * also accepted.
   */
  public CodeLabels add(String code, String shownLabel, String... otherLabels) {
    codes.put(key(code), code);
    shown.put(code, shownLabel);
    label(code, shownLabel);
    for (String l : otherLabels) {
      label(code, l);
    }
    return this;
  }

  private void label(String code, String label) {
    if (label != null && !label.isBlank()) {
      byLabel.computeIfAbsent(key(label), k -> new LinkedHashSet<>()).add(code);
    }
  }

  /**
   * The code {@code value} stands for; null for an empty value, and null with a problem on {@code
   * field} for a value that is no code or label ({@code import.unknownCode}) or the label of
   * several ({@code import.ambiguousLabel}).
   */
  public String code(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String found = codes.get(key(value));
    if (found != null) {
      return found;
    }
    Matcher m = WITH_CODE.matcher(value.strip());
    if (m.matches() && codes.containsKey(key(m.group(2)))) {
      return codes.get(key(m.group(2)));
    }
    Set<String> labelled = byLabel.getOrDefault(key(value), Set.of());
    if (labelled.size() == 1) {
      return labelled.iterator().next();
    }
    problems.add(new FieldProblem(field, labelled.isEmpty() ? "import.unknownCode" : AMBIGUOUS));
    return null;
  }

  /**
   * Like {@link #code}, but a value that is no code or label comes back as typed, with no problem,
   * for a later check to refuse in its own words; only an ambiguous label is refused here.
   */
  public String codeOrTyped(String value, String field, List<FieldProblem> problems) {
    List<FieldProblem> why = new ArrayList<>();
    String code = code(value, field, why);
    why.stream().filter(p -> p.message().equals(AMBIGUOUS)).forEach(problems::add);
    return code != null ? code : value;
  }

  /** Whether {@code value} resolves to a code, without reporting why not. */
  public boolean knows(String value) {
    return code(value, "", new ArrayList<>()) != null;
  }

  /** The code with its label beside it, {@code 客服专员 (CS_AGENT)}; the code alone if unknown. */
  public String display(String code) {
    String label = code == null ? null : shown.get(code);
    return label == null || label.equals(code) ? code : label + " (" + code + ")";
  }

  /** Every code in the order added, each as {@link #display} writes it. */
  public List<String> choices() {
    return Collections.unmodifiableList(shown.keySet().stream().map(this::display).toList());
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
