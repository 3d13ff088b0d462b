package kefu.policy;

import java.util.Objects;

/** A short text in Chinese (the default language) and English. */
public record LocalizedText(String zh, String en) {
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
