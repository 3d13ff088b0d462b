package kefu.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No literal UI text in the Thymeleaf templates: everything a user reads comes from the message
 * bundles, so the Chinese and English UIs stay complete. Text is allowed only where Thymeleaf
 * replaces it ({@code th:text}, {@code th:utext}, {@code th:replace}, ...) or where it is made of
 * inline expressions ({@code [[#{key}]]}, {@code [(${value})]}); punctuation, digits and symbols
 * ({@code ·}, {@code |}, {@code ×}, {@code →}) may stand as they are.
 */
class TemplateTextTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void templates_contain_no_literal_ui_text() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(TEMPLATES)) {
      files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(files).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();

    List<String> offences = new ArrayList<>();
    for (Path file : files) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      for (Offence o : scan(html)) {
        offences.add(file + ":" + o.line() + ": " + o.what());
      }
    }
    offences.forEach(System.err::println);
    assertThat(offences)
        .as("literal UI text in templates; move it to src/main/resources/i18n/* and use #{key}")
        .isEmpty();
  }

  /** The scanner itself, on known snippets, so a broken scanner cannot pass vacuously. */
  @Test
  void the_scanner_finds_literal_text_and_accepts_what_thymeleaf_replaces() {
    String bad =
        """
        <div>
          <h1>Stores</h1>
          <p>门店 <span th:text="#{x}">ok</span></p>
          <input placeholder="Search" th:value="${q}">
          <button type="submit" value="Go" th:text="#{common.save}"></button>
          <input type="submit" value="保存">
          <img src="a.png" alt="Logo"><a title="Home" aria-label="Home" href="/">→</a>
          <select><optgroup label="Old stores"></optgroup></select>
        </div>
        """;
    assertThat(scan(bad))
        .extracting(Offence::line, Offence::what)
        .containsExactly(
            tuple(2, "text \"Stores\""),
            tuple(3, "text \"门店\""),
            tuple(4, "placeholder=\"Search\""),
            tuple(5, "value=\"Go\" on <button>"),
            tuple(6, "value=\"保存\" on <input>"),
            tuple(7, "alt=\"Logo\""),
            tuple(7, "title=\"Home\""),
            tuple(7, "aria-label=\"Home\""),
            tuple(8, "label=\"Old stores\""));

    String good =
        """
        <!DOCTYPE html>
        <!-- A comment with words -->
        <!--/* a Thymeleaf parser comment with words */-->
        <html><head><title th:text="|${title} · #{app.name}|">Prototype title</title>
        <style>body { font-family: sans-serif; }</style>
        <script>document.title = "words in code";</script></head>
        <body>
          <p th:utext="#{home.intro}">Prototype <b>text</b> inside is replaced</p>
          <div th:replace="~{layout :: nav}" title="Prototype">Replaced by a fragment</div>
          <table><tr th:remove="all"><td title="Example">Example row</td></tr></table>
          <span sec:authentication="name">user</span>
          <a th:href="@{/}" th:classappend="${a > b} ? active">[[#{nav.home}]]</a> · [(${count})]
          | × → 12:30 &nbsp; &times; &#8594; 100% ¥
          <input type="text" name="q" value="abc"><input type="checkbox" value="true">
          <button type="submit" data-th-text="#{common.save}" value="x" th:value="${v}"></button>
          <input th:placeholder="#{common.search}" th:attr="aria-label=#{common.search}">
          <br><img src="a.png" th:alt="#{x}"><hr/>
        </body></html>
        """;
    assertThat(scan(good)).isEmpty();

    String pageInTheShell =
        """
        <html th:replace="~{layout :: page(title=#{x}, content=~{::main})}">
        <main><h1>Stores</h1></main>
        </html>
        """;
    assertThat(scan(pageInTheShell)).extracting(Offence::what).containsExactly("text \"Stores\"");

    String prototypeOnlyBlock = "<!--/*/ <p>Only when rendered</p> /*/-->";
    assertThat(scan(prototypeOnlyBlock))
        .extracting(Offence::what)
        .containsExactly("text \"Only when rendered\"");
  }

  record Offence(int line, String what) {}

  // --- the scanner ------------------------------------------------------------------------------

  /** Elements without a closing tag. */
  private static final Set<String> VOID_ELEMENTS =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
          "source", "track", "wbr");

  /** Elements whose content is code, not text. */
  private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");

  /** Attributes that replace or remove an element's whole body when Thymeleaf renders it. */
  private static final Set<String> BODY_REPLACING =
      Set.of(
          "th:text",
          "th:utext",
          "th:replace",
          "th:insert",
          "th:include",
          "th:substituteby",
          "sec:authentication");

  /** Attributes that make Thymeleaf drop the element itself, attributes included. */
  private static final Set<String> HOST_REPLACING = Set.of("th:replace", "th:substituteby");

  /** Attributes a user reads (as a tooltip, a hint, a label or through a screen reader). */
  private static final List<String> READABLE_ATTRIBUTES =
      List.of("placeholder", "title", "alt", "aria-label", "label");

  private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");

  private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");

  static List<Offence> scan(String source) {
    // Thymeleaf renders the content of prototype-only comment blocks; keep offsets (and so lines).
    String html = source.replace("<!--/*/", "       ").replace("/*/-->", "      ");
    List<Offence> offences = new ArrayList<>();
    Deque<Element> open = new ArrayDeque<>();
    int i = 0;
    int textStart = 0;
    while (i < html.length()) {
      if (html.charAt(i) != '<') {
        i++;
        continue;
      }
      checkText(html, textStart, i, open, offences);
      if (html.startsWith("<!--", i)) {
        i = skipPast(html, i + 4, "-->");
      } else if (html.startsWith("<![CDATA[", i)) {
        i = skipPast(html, i + 9, "]]>");
      } else if (html.startsWith("<!", i) || html.startsWith("<?", i)) {
        i = skipPast(html, i + 2, ">");
      } else if (html.startsWith("</", i)) {
        int end = skipPast(html, i + 2, ">");
        String name = html.substring(i + 2, end - 1).trim().toLowerCase(Locale.ROOT);
        close(open, name);
        i = end;
      } else if (i + 1 < html.length() && Character.isLetter(html.charAt(i + 1))) {
        int end = endOfTag(html, i + 1);
        Element element = element(html, i, end, open);
        checkAttributes(element, lineAt(html, i), offences);
        i = end;
        boolean selfClosing = html.charAt(end - 2) == '/';
        if (RAW_TEXT_ELEMENTS.contains(element.name())) {
          int close = html.toLowerCase(Locale.ROOT).indexOf("</" + element.name(), i);
          i = close < 0 ? html.length() : skipPast(html, close, ">");
        } else if (!selfClosing && !VOID_ELEMENTS.contains(element.name())) {
          open.push(element);
        }
      } else {
        i++; // a lone '<' in text
        continue;
      }
      textStart = i;
    }
    checkText(html, textStart, html.length(), open, offences);
    return offences;
  }

  /**
   * An element as Thymeleaf will render it: {@code hidden} when the element itself never reaches
   * the page, {@code bodyReplaced} when its content does not.
   */
  private record Element(
      String name, Map<String, String> attributes, boolean hidden, boolean bodyReplaced) {}

  private static Element element(String html, int start, int end, Deque<Element> open) {
    String tag = html.substring(start + 1, html.charAt(end - 2) == '/' ? end - 2 : end - 1);
    Matcher name = Pattern.compile("^[^\\s/>]+").matcher(tag);
    name.find();
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    a.region(name.end(), tag.length());
    while (a.find()) {
      String value = a.group(2) == null ? "" : a.group(2);
      if (value.startsWith("\"") || value.startsWith("'")) {
        value = value.substring(1, value.length() - 1);
      }
      String key = a.group(1).toLowerCase(Locale.ROOT);
      attributes.put(key.startsWith("data-th-") ? "th:" + key.substring(8) : key, value);
    }
    String remove = attributes.getOrDefault("th:remove", "");
    // a page handing its own markup to the shell (content=~{::main}) still renders that markup
    boolean handsOnOwnMarkup = attributes.getOrDefault("th:replace", "").contains("~{::");
    boolean hidden =
        (!open.isEmpty() && open.peek().bodyReplaced())
            || (!handsOnOwnMarkup
                && attributes.keySet().stream().anyMatch(HOST_REPLACING::contains))
            || remove.equals("all");
    boolean bodyReplaced =
        hidden
            || (!handsOnOwnMarkup
                && attributes.keySet().stream().anyMatch(BODY_REPLACING::contains))
            || remove.equals("body");
    return new Element(name.group().toLowerCase(Locale.ROOT), attributes, hidden, bodyReplaced);
  }

  private static void checkAttributes(Element e, int line, List<Offence> offences) {
    if (e.hidden()) {
      return; // replaced, removed or inside a replaced body: never rendered
    }
    for (String name : READABLE_ATTRIBUTES) {
      checkAttribute(e, name, "", line, offences);
    }
    String type = e.attributes().getOrDefault("type", "").toLowerCase(Locale.ROOT);
    if (e.name().equals("button")
        || (e.name().equals("input") && BUTTON_INPUT_TYPES.contains(type))) {
      checkAttribute(e, "value", " on <" + e.name() + ">", line, offences);
    }
  }

  private static void checkAttribute(
      Element e, String name, String where, int line, List<Offence> offences) {
    String value = e.attributes().get(name);
    boolean overridden =
        e.attributes().containsKey("th:" + name)
            || e.attributes().getOrDefault("th:attr", "").matches("(?s).*\\b" + name + "\\s*=.*");
    if (value != null && !overridden && hasLetters(value)) {
      offences.add(new Offence(line, name + "=\"" + value.strip() + "\"" + where));
    }
  }

  private static void checkText(
      String html, int from, int to, Deque<Element> open, List<Offence> offences) {
    if (from >= to || (!open.isEmpty() && open.peek().bodyReplaced())) {
      return;
    }
    String text = html.substring(from, to);
    String visible =
        ENTITY.matcher(INLINE_EXPRESSION.matcher(text).replaceAll(" ")).replaceAll(" ");
    if (hasLetters(visible)) {
      int lead = 0;
      while (Character.isWhitespace(text.charAt(lead))) {
        lead++;
      }
      String shown = visible.strip().replaceAll("\\s+", " ");
      offences.add(new Offence(lineAt(html, from + lead), "text \"" + shown + "\""));
    }
  }

  private static boolean hasLetters(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  /** Where a start tag ends, skipping quoted attribute values (which may contain '>'). */
  private static int endOfTag(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html.length();
  }

  private static int skipPast(String html, int from, String end) {
    int at = html.indexOf(end, from);
    return at < 0 ? html.length() : at + end.length();
  }

  private static void close(Deque<Element> open, String name) {
    if (open.stream().anyMatch(e -> e.name().equals(name))) {
      while (!open.pop().name().equals(name)) {
        // elements left open inside it (e.g. an unclosed <p>) end with it
      }
    }
  }

  private static int lineAt(String html, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (html.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
