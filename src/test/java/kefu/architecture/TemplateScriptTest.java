package kefu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages keep the Content-Security-Policy: no template carries code or style the browser would
 * run inline (script bodies, {@code on*=} handlers, {@code hx-on}, {@code javascript:} URLs, style
 * attributes or elements). Behaviour lives in static/js and styles in static/css. A JSON data block
 * ({@code <script type="application/json">}) is allowed: the browser never runs it.
 */
class TemplateScriptTest {

  private static final Path TEMPLATES = TemplateTextTest.TEMPLATES;
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--(?!/\\*/).*?-->");
  private static final Pattern START_TAG =
      Pattern.compile(
          "<([a-zA-Z][^\\s/>]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");

  @Test
  void no_template_runs_script_or_style_inline() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(TEMPLATES)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        scan(Files.readString(file, StandardCharsets.UTF_8))
            .forEach(o -> offences.add(file + ": " + o));
      }
    }
    assertThat(offences).as("inline code or style; move it to static/js or static/css").isEmpty();
  }

  @Test
  void the_scanner_finds_each_kind_of_inline_code() {
    String bad =
        """
        <script>alert(1)</script>
        <a href="javascript:void(0)" onclick="go()">x</a>
        <form th:onsubmit="${x}"><select data-th-onchange="y" hx-on:click="z"></select></form>
        <div style="color: red" th:style="${s}"></div><style>p { color: red }</style>
        <a th:href="@{'JavaScript:' + ${x}}">y</a>
        """;
    assertThat(scan(bad))
        .containsExactly(
            "<script> with inline code",
            "href=\"javascript:void(0)\"",
            "onclick=",
            "th:onsubmit=",
            "th:onchange=",
            "hx-on:click=",
            "style=",
            "th:style=",
            "<style> element",
            "th:href=\"@{'JavaScript:' + ${x}}\"");

    String good =
        """
        <!-- <script>commented out</script> -->
        <script th:src="@{/js/kefu.js}" defer></script>
        <script type="application/json" id="data" th:text="${json}">{"a": 1}</script>
        <a th:href="@{/stores}" data-confirm="sure?" data-submit-on-change hx-get="/x">ok</a>
        <meta name="htmx-config" content='{"includeIndicatorStyles":false}'>
        """;
    assertThat(scan(good)).isEmpty();
  }

  static List<String> scan(String source) {
    String html = COMMENT.matcher(source).replaceAll("");
    List<String> offences = new ArrayList<>();
    Matcher tag = START_TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      List<String[]> attributes = attributes(tag.group(2));
      if (name.equals("script")) {
        boolean external = attributes.stream().anyMatch(a -> a[0].endsWith("src"));
        boolean data =
            attributes.stream()
                .anyMatch(a -> a[0].equals("type") && a[1].equalsIgnoreCase("application/json"));
        int close = html.toLowerCase(Locale.ROOT).indexOf("</script", tag.end());
        String body = close < 0 ? "" : html.substring(tag.end(), close);
        if (!external && !data && !body.isBlank()) {
          offences.add("<script> with inline code");
        }
      } else if (name.equals("style")) {
        offences.add("<style> element");
      }
      for (String[] a : attributes) {
        String attribute = a[0].startsWith("data-th-") ? "th:" + a[0].substring(8) : a[0];
        String bare = attribute.startsWith("th:") ? attribute.substring(3) : attribute;
        if (bare.matches("on[a-z]+") || bare.startsWith("hx-on") || bare.equals("style")) {
          offences.add(attribute + "=");
        } else if (a[1].replaceAll("[\\s@{}'(]", "")
            .toLowerCase(Locale.ROOT)
            .startsWith("javascript:")) {
          offences.add(attribute + "=\"" + a[1] + "\"");
        }
      }
    }
    return offences;
  }

  private static List<String[]> attributes(String source) {
    List<String[]> attributes = new ArrayList<>();
    Matcher a = ATTRIBUTE.matcher(source);
    while (a.find()) {
      String value = a.group(2) == null ? "" : a.group(2);
      if (value.startsWith("\"") || value.startsWith("'")) {
        value = value.substring(1, value.length() - 1);
      }
      attributes.add(new String[] {a.group(1).toLowerCase(Locale.ROOT), value});
    }
    return attributes;
  }
}
