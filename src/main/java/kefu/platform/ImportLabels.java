package kefu.platform;

import java.util.Collection;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link CodeLabels} of codes labelled by messages ({@code position.CS_AGENT}): shown in the
 * reader's language, accepted in Chinese and English.
 */
@Component
public class ImportLabels {

  private static final Locale[] ACCEPTED = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

  private final MessageSource messages;

  ImportLabels(MessageSource messages) {
    this.messages = messages;
  }

  public CodeLabels of(String keyPrefix, Collection<String> codes) {
    Locale reader = LocaleContextHolder.getLocale();
    CodeLabels labels = new CodeLabels();
    for (String code : codes) {
      String[] accepted = new String[ACCEPTED.length];
      for (int i = 0; i < ACCEPTED.length; i++) {
        accepted[i] = text(keyPrefix + code, ACCEPTED[i], code);
      }
      labels.add(code, text(keyPrefix + code, reader, code), accepted);
    }
    return labels;
  }

  private String text(String key, Locale locale, String fallback) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
