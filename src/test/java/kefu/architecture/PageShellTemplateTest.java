package kefu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page shell (layout and home page) names no module: menu entries, home cards and to-dos come
 * from the modules' contributions, so a new module appears without touching the shell. The shell
 * speaks only the platform's own message bundle and links only to the platform's own pages.
 */
class PageShellTemplateTest {

  private static final List<String> SHELL_TEMPLATES = List.of("layout.html", "home.html");

  /**
   * The signed-in user's own menu (password, API tokens) is part of the shell, like logging out.
   */
  private static final List<String> SHELL_PATHS =
      List.of("/", "/account/password", "/account/tokens", "/logout", "/login");

  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");
  private static final Pattern LINK = Pattern.compile("@\\{'?(/[^}'(]*)");

  @Test
  void the_shell_names_no_module() throws IOException {
    List<String> modules;
    try (Stream<Path> dirs = Files.list(Path.of("src/main/java/kefu"))) {
      modules =
          dirs.filter(Files::isDirectory)
              .map(d -> d.getFileName().toString())
              .filter(m -> !m.equals("platform") && !m.equals("shared"))
              .toList();
    }
    assertThat(modules).contains("organization", "incident", "settlement");
    Properties shellBundle = new Properties();
    try (var in =
        new InputStreamReader(
            new FileInputStream("src/main/resources/i18n/shell.properties"),
            StandardCharsets.UTF_8)) {
      shellBundle.load(in);
    }

    for (String name : SHELL_TEMPLATES) {
      String html = Files.readString(TemplateTextTest.TEMPLATES.resolve(name));
      for (String module : modules) {
        assertThat(html.toLowerCase(Locale.ROOT).contains(module))
            .as(name + " names module " + module)
            .isFalse();
      }
      Matcher key = MESSAGE_KEY.matcher(html);
      while (key.find()) {
        assertThat(shellBundle)
            .as(name + " uses #{" + key.group(1) + "}, which is not the shell's own text")
            .containsKey(key.group(1));
      }
      Matcher link = LINK.matcher(html);
      while (link.find()) {
        String path = link.group(1);
        assertThat(
                SHELL_PATHS.contains(path)
                    || path.startsWith("/webjars/")
                    || path.startsWith("/css/")
                    || path.startsWith("/js/"))
            .as(name + " links to " + path + ", a module's page")
            .isTrue();
      }
    }
  }
}
