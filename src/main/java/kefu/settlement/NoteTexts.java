package kefu.settlement;

import java.util.Locale;
import java.util.Map;
import kefu.policy.LocalizedText;
import kefu.policy.Note;
import kefu.policy.PolicyCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a statement line's note into the reader's language: the key becomes {@code
 * statement.note.<key>}, and code arguments become the names of posts, incident types or
 * allowances. Text that is not a structured note (a manager's reason) passes through unchanged.
 */
@Component
public class NoteTexts {

  private final MessageSource messages;
  private final PolicyCatalog catalog;

  NoteTexts(MessageSource messages, PolicyCatalog catalog) {
    this.messages = messages;
    this.catalog = catalog;
  }

  /** Type labels to render many notes with; read them once per page or export. */
  public Map<String, LocalizedText> labels() {
    return catalog.typeLabels();
  }

  public String render(String note, Locale locale, Map<String, LocalizedText> labels) {
    return Note.parse(note)
        .map(
            parsed ->
                messages.getMessage(
                    "statement.note." + parsed.key(),
                    parsed.args().stream().map(a -> name(a, locale, labels)).toArray(),
                    note,
                    locale))
        .orElse(note);
  }

  private String name(String code, Locale locale, Map<String, LocalizedText> labels) {
    for (String prefix : new String[] {"position.", "statement.code."}) {
      String text = messages.getMessage(prefix + code, null, null, locale);
      if (text != null) {
        return text;
      }
    }
    LocalizedText label = labels.get(code);
    return label != null ? label.in(locale) : code;
  }
}
