package kefu.policy.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kefu.policy.LocalizedText;
import org.springframework.context.MessageSource;

/**
 * The title proposed for a copy of a pack, distinct from every pack's title in both languages: the
 * original's title with "（副本）" / "(copy)", then "（副本 2）" / "(copy 2)" and so on; a copy of a copy
 * counts on from the original's title rather than piling up suffixes.
 */
final class CopyTitle {

  private CopyTitle() {}

  static LocalizedText propose(
      LocalizedText original, Collection<LocalizedText> taken, MessageSource messages) {
    Set<String> used =
        taken.stream().flatMap(t -> Set.of(t.zh(), t.en()).stream()).collect(Collectors.toSet());
    String zh = base(original.zh(), messages, Locale.SIMPLIFIED_CHINESE);
    String en = base(original.en(), messages, Locale.ENGLISH);
    for (int n = 1; ; n++) {
      LocalizedText candidate =
          new LocalizedText(
              zh + suffix(n, messages, Locale.SIMPLIFIED_CHINESE),
              en + suffix(n, messages, Locale.ENGLISH));
      if (!used.contains(candidate.zh()) && !used.contains(candidate.en())) {
        return candidate;
      }
    }
  }

  private static String suffix(int n, MessageSource messages, Locale locale) {
    return n == 1
        ? messages.getMessage("policy.copy.suffix", null, locale)
        : messages.getMessage("policy.copy.suffixNumbered", new Object[] {n}, locale);
  }

  /** The title without a copy suffix this class added before. */
  private static String base(String title, MessageSource messages, Locale locale) {
    String first = Pattern.quote(suffix(1, messages, locale));
    String numbered =
        Pattern.quote(messages.getMessage("policy.copy.suffixNumbered", new Object[] {"#"}, locale))
            .replace("#", "\\E\\d+\\Q");
    return title.replaceFirst("(" + first + "|" + numbered + ")$", "");
  }
}
