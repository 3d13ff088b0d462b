package kefu.settlement.web;

import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@link Texts} from the application's message bundles, in the current request's locale. */
@Component
class SpringTexts implements Texts {

  private final MessageSource messages;

  SpringTexts(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public Optional<String> find(String key, Object... args) {
    return Optional.ofNullable(
        messages.getMessage(key, args, null, LocaleContextHolder.getLocale()));
  }
}
