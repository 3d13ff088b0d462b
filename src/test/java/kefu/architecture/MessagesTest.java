package kefu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message bundles under {@code src/main/resources/i18n}: Chinese (the default UI language) and
 * English say the same things, nothing is blank, and every message key a template names exists.
 */
class MessagesTest {

  static final Path I18N = Path.of("src/main/resources/i18n");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");
  static final String CHINESE = "_zh_CN";

  /** Bundle name (e.g. {@code shell}) to its Chinese and English files. */
  static final Map<String, Bundle> BUNDLES = new TreeMap<>();

  record Bundle(String name, Path chinese, Path english) {}

  @BeforeAll
  static void findBundles() throws IOException {
    try (Stream<Path> files = Files.list(I18N)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        String base = file.getFileName().toString().replaceFirst("\\.properties$", "");
        String name = base.endsWith(CHINESE) ? base.substring(0, base.length() - 6) : base;
        BUNDLES.put(
            name,
            new Bundle(
                name,
                I18N.resolve(name + CHINESE + ".properties"),
                I18N.resolve(name + ".properties")));
      }
    }
    assertThat(BUNDLES).as("message bundles in " + I18N.toAbsolutePath()).isNotEmpty();
  }

  @Test
  void every_chinese_bundle_has_an_english_one_and_the_other_way_round() {
    List<String> missing = new ArrayList<>();
    for (Bundle b : BUNDLES.values()) {
      if (!Files.exists(b.english())) {
        missing.add(b.english() + " (English for " + b.chinese().getFileName() + ")");
      }
      if (!Files.exists(b.chinese())) {
        missing.add(b.chinese() + " (Chinese for " + b.english().getFileName() + ")");
      }
    }
    assertThat(missing).as("bundles without their other language").isEmpty();
  }

  @Test
  void both_languages_have_exactly_the_same_keys() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Bundle b : pairs()) {
      Set<String> zh = load(b.chinese()).stringPropertyNames();
      Set<String> en = load(b.english()).stringPropertyNames();
      difference(zh, en).forEach(k -> problems.add(b.english() + ": missing " + k));
      difference(en, zh).forEach(k -> problems.add(b.chinese() + ": missing " + k));
    }
    assertThat(problems).as("keys in one language only").isEmpty();
  }

  @Test
  void no_message_is_empty() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : allFiles()) {
      Properties p = load(file);
      new TreeSet<>(p.stringPropertyNames())
          .stream()
              .filter(k -> p.getProperty(k).isBlank())
              .forEach(k -> problems.add(file + ": " + k + " is empty"));
    }
    assertThat(problems).as("empty messages").isEmpty();
  }

  @Test
  void no_key_is_defined_twice() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Path> firstDefinition = new TreeMap<>();
    for (Path file : allFiles()) {
      Set<String> inFile = new HashSet<>();
      for (String key : keysInOrder(file)) {
        if (!inFile.add(key)) {
          problems.add(file + ": " + key + " appears twice (the last one silently wins)");
        }
      }
      if (!file.getFileName().toString().contains(CHINESE)) {
        for (String key : inFile) {
          Path earlier = firstDefinition.putIfAbsent(key, file);
          if (earlier != null) {
            problems.add(key + " is defined in both " + earlier + " and " + file);
          }
        }
      }
    }
    assertThat(problems).as("keys defined more than once").isEmpty();
  }

  @Test
  void both_languages_use_the_same_message_arguments() throws IOException {
    Pattern argument = Pattern.compile("\\{(\\d+)[^}]*}");
    List<String> problems = new ArrayList<>();
    for (Bundle b : pairs()) {
      Properties zh = load(b.chinese());
      Properties en = load(b.english());
      for (String key : new TreeSet<>(zh.stringPropertyNames())) {
        if (en.containsKey(key)) {
          Set<String> zhArgs = matches(argument, zh.getProperty(key));
          Set<String> enArgs = matches(argument, en.getProperty(key));
          if (!zhArgs.equals(enArgs)) {
            problems.add(b.name() + ": " + key + " takes " + zhArgs + " in Chinese, " + enArgs);
          }
        }
      }
    }
    assertThat(problems).as("messages whose arguments differ between languages").isEmpty();
  }

  @Test
  void messages_with_arguments_keep_their_apostrophes() throws IOException {
    // With arguments a message goes through MessageFormat, where a single ' starts a quote and
    // disappears (together with the {0} behind it); it has to be written ''.
    Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
    List<String> problems = new ArrayList<>();
    for (Path file : allFiles()) {
      Properties p = load(file);
      for (String key : new TreeSet<>(p.stringPropertyNames())) {
        String value = p.getProperty(key);
        if (value.matches("(?s).*\\{\\d.*") && loneQuote.matcher(value).find()) {
          problems.add(file + ": " + key + " has a single ' in a message with arguments");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void every_bundle_is_listed_in_spring_messages_basename() throws IOException {
    Matcher m =
        Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)")
            .matcher(Files.readString(APPLICATION_YML, StandardCharsets.UTF_8));
    assertThat(m.find()).as("spring.messages.basename in " + APPLICATION_YML).isTrue();
    Set<String> listed =
        Arrays.stream(m.group(1).split(",")).map(String::strip).collect(Collectors.toSet());
    List<String> unlisted =
        BUNDLES.keySet().stream().filter(name -> !listed.contains("i18n/" + name)).toList();
    assertThat(unlisted).as("bundles Spring would never read").isEmpty();
  }

  @Test
  void every_message_key_a_template_names_exists_in_both_languages() throws IOException {
    Set<String> chinese = new HashSet<>();
    Set<String> english = new HashSet<>();
    for (Bundle b : pairs()) {
      chinese.addAll(load(b.chinese()).stringPropertyNames());
      english.addAll(load(b.english()).stringPropertyNames());
    }
    List<Path> templates;
    try (Stream<Path> walk = Files.walk(TEMPLATES)) {
      templates = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(templates).isNotEmpty();

    List<String> problems = new ArrayList<>();
    int used = 0;
    for (Path template : templates) {
      String html = Files.readString(template, StandardCharsets.UTF_8);
      for (KeyUse use : staticMessageKeys(html)) {
        used++;
        if (!chinese.contains(use.key())) {
          problems.add(template + ":" + use.line() + ": #{" + use.key() + "} not in *_zh_CN");
        }
        if (!english.contains(use.key())) {
          problems.add(template + ":" + use.line() + ": #{" + use.key() + "} not in English");
        }
      }
    }
    problems.forEach(System.err::println);
    assertThat(used).as("static #{key} uses found in templates").isPositive();
    assertThat(problems).as("message keys used in templates but not defined").isEmpty();
  }

  @Test
  void static_keys_are_told_apart_from_expressions() {
    String html =
        """
        <p th:text="#{home.open}"></p><p th:text="#{pager.position(${a}, ${b})}"></p>
        <title th:text="|${title} · #{app.name}|"></title>
        <!-- <p th:text="#{commented.out}"></p> -->
        <p th:text="#{${message}}"></p><p th:text="#{|role.${r}|}"></p>
        <p th:text="#{${item.label() + '.intro'}}"></p>
        <!--/*/ <p th:text="#{prototype.block}"></p> /*/-->
        """;
    assertThat(staticMessageKeys(html))
        .containsExactly(
            new KeyUse("home.open", 1),
            new KeyUse("pager.position", 1),
            new KeyUse("app.name", 2),
            new KeyUse("prototype.block", 6));
  }

  record KeyUse(String key, int line) {}

  /** {@code #{key}} and {@code #{key(args)}}; not {@code #{${...}}} nor {@code #{|...|}}. */
  private static final Pattern STATIC_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");

  /** HTML comments, except Thymeleaf's prototype-only blocks, which are rendered. */
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--(?!/\\*/).*?-->");

  static List<KeyUse> staticMessageKeys(String html) {
    // Blank comments out character by character so line numbers stay right.
    StringBuilder text = new StringBuilder(html);
    Matcher c = COMMENT.matcher(html);
    while (c.find()) {
      for (int i = c.start(); i < c.end(); i++) {
        if (text.charAt(i) != '\n') {
          text.setCharAt(i, ' ');
        }
      }
    }
    List<KeyUse> uses = new ArrayList<>();
    Matcher m = STATIC_KEY.matcher(text);
    while (m.find()) {
      int line = (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
      uses.add(new KeyUse(m.group(1), line));
    }
    return uses;
  }

  private static List<Bundle> pairs() {
    return BUNDLES.values().stream()
        .filter(b -> Files.exists(b.chinese()) && Files.exists(b.english()))
        .toList();
  }

  private static List<Path> allFiles() {
    return BUNDLES.values().stream()
        .flatMap(b -> Stream.of(b.chinese(), b.english()))
        .filter(Files::exists)
        .toList();
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }

  /**
   * The keys of a properties file in file order, duplicates included, read one logical line at a
   * time with {@link Properties} itself so escapes and continuations mean what they mean there.
   */
  private static List<String> keysInOrder(Path file) throws IOException {
    List<String> keys = new ArrayList<>();
    StringBuilder logical = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      boolean comment = logical.isEmpty() && line.strip().matches("[#!].*");
      logical.append(line).append('\n');
      if (!comment && endsWithOddBackslashes(line)) {
        continue;
      }
      Properties one = new Properties();
      one.load(new StringReader(logical.toString()));
      keys.addAll(one.stringPropertyNames());
      logical.setLength(0);
    }
    return keys;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> matches(Pattern p, String s) {
    Set<String> found = new TreeSet<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
