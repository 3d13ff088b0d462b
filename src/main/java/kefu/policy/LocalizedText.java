package kefu.policy;

import java.util.Locale;
import java.util.Objects;

/** A short text in Chinese (the default language) and English. */
public record LocalizedText(String zh, String en) {
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The text for a reader in {@code locale}: Chinese for any Chinese locale, English otherwise. */
  public String in(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
