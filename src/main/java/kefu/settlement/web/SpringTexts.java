package kefu.settlement.web;

import java.util.Map;
import java.util.Optional;
import kefu.policy.LocalizedText;
import kefu.policy.PolicyCatalog;
import kefu.settlement.NoteTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** {@link Texts} from the application's message bundles, in the current request's locale. */
@Component
record SpringTexts(MessageSource messages, PolicyCatalog catalog, NoteTexts notes)
    implements Texts {

  private static final String LABELS = SpringTexts.class.getName() + ".labels";

  @Override
  public String note(String note) {
    return notes.render(note, LocaleContextHolder.getLocale(), labels());
  }

  /**
   * The label the adopted pack gives the type, so custom packs' types are named too; a pay or
   * reward type (which no incident type defines) is named by the message {@code
   * statement.type.<CODE>}.
   */
  @Override
  public String typeLabel(String typeCode) {
    LocalizedText label = labels().get(typeCode);
    return label != null
        ? label.in(LocaleContextHolder.getLocale())
        : find("statement.type." + typeCode).orElse(typeCode);
  }

  /** Read once per request: an export names the type of every line of a month. */
  @SuppressWarnings("unchecked")
  private Map<String, LocalizedText> labels() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return catalog.typeLabels();
    }
    Object cached = request.getAttribute(LABELS, RequestAttributes.SCOPE_REQUEST);
    if (cached == null) {
      cached = catalog.typeLabels();
      request.setAttribute(LABELS, cached, RequestAttributes.SCOPE_REQUEST);
    }
    return (Map<String, LocalizedText>) cached;
  }

  @Override
  public Optional<String> find(String key, Object... args) {
    return Optional.ofNullable(
        messages.getMessage(key, args, null, LocaleContextHolder.getLocale()));
  }
}
