package kefu.settlement.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/** {@link Texts} read straight from one message bundle, for tests without Spring. */
final class PropertiesTexts implements Texts {

  private final Properties messages = new Properties();
  private final Locale locale;

  private PropertiesTexts(String resource, Locale locale) {
    this.locale = locale;
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(getClass().getResourceAsStream(resource), resource),
            StandardCharsets.UTF_8)) {
      messages.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Texts chinese() {
    return new PropertiesTexts("/i18n/settlement_zh_CN.properties", Locale.SIMPLIFIED_CHINESE);
  }

  static Texts english() {
    return new PropertiesTexts("/i18n/settlement.properties", Locale.ENGLISH);
  }

  @Override
  public Optional<String> find(String key, Object... args) {
    String pattern = messages.getProperty(key);
    if (pattern == null) {
      return Optional.empty();
    }
    return Optional.of(
        args == null || args.length == 0
            ? pattern
            : new MessageFormat(pattern, locale).format(args));
  }
}
