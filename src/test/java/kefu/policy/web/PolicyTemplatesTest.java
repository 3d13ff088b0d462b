package kefu.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The policy templates hold no visible text of their own (everything goes through message keys),
 * and every key they name exists in Chinese and in English.
 */
class PolicyTemplatesTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates/policy");
  static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
  static final Pattern LITERAL_ATTRIBUTE =
      Pattern.compile(
          "(?<![-:])\\b(placeholder|title|alt|aria-label|value)=\"([^\"]*[^\\s\"][^\"]*)\"");
  static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

  @Test
  void templates_have_no_literal_text() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates()) {
      String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
      Matcher text = TEXT_NODE.matcher(html);
      while (text.find()) {
        if (!text.group(1).isBlank()) {
          found.add(template.getFileName() + ": " + text.group(1).strip());
        }
      }
      Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
      while (attribute.find()) {
        boolean formValue = attribute.group(1).equals("value"); // option values are codes, not text
        if (!formValue) {
          found.add(template.getFileName() + ": " + attribute.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void every_key_exists_in_both_languages() throws IOException {
    Properties zh = new Properties();
    Properties en = new Properties();
    for (String base : List.of("shell", "organization", "policy", "settlement")) {
      load(zh, "i18n/" + base + "_zh_CN.properties");
      load(en, "i18n/" + base + ".properties");
    }
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      Matcher key = KEY.matcher(Files.readString(template));
      while (key.find()) {
        String k = key.group(1);
        if (!zh.containsKey(k) || !en.containsKey(k)) {
          missing.add(template.getFileName() + ": " + k);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(en.keySet())
        .filteredOn(k -> k.toString().startsWith("policy."))
        .allMatch(zh::containsKey);
    assertThat(zh.keySet())
        .filteredOn(k -> k.toString().startsWith("policy."))
        .allMatch(en::containsKey);
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static void load(Properties into, String resource) throws IOException {
    try (InputStream in =
        PolicyTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        into.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
  }
}
