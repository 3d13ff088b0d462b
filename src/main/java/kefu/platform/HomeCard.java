package kefu.platform;

import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * A card a module adds to the home page: its title (a message key), what it shows for whoever opens
 * the page, and where it leads. {@code access} is a Spring Security expression; the card's content
 * is only worked out when it admits the user, so it may assume a logged-in user.
 *
 * <p>A plain card shows a one-line {@code summary}. A rich card names a Thymeleaf {@code fragment}
 * of its module ({@code "template :: selector"}) that the home page inserts with the card's {@code
 * model} as the variable {@code data}. Keep either cheap (a set-based query or two): the home page
 * is the most opened page of all.
 */
@NamedInterface("shell")
public record HomeCard(
    String title,
    String path,
    String access,
    int order,
    Supplier<Message> summary,
    String fragment,
    Supplier<?> model) {

  /** A plain card with a one-line summary. */
  public HomeCard(String title, String path, String access, int order, Supplier<Message> summary) {
    this(title, path, access, order, summary, null, null);
  }

  /** A rich card drawn by {@code fragment} from what {@code model} works out for the user. */
  public static HomeCard rich(
      String title, String path, String access, int order, String fragment, Supplier<?> model) {
    if (!fragment.contains(" :: ")) {
      throw new IllegalArgumentException("fragment must be 'template :: selector': " + fragment);
    }
    return new HomeCard(title, path, access, order, null, fragment, model);
  }

  public boolean rich() {
    return fragment != null;
  }

  /** The template holding a rich card's fragment. */
  public String template() {
    return fragment.substring(0, fragment.indexOf(" :: "));
  }

  /** The fragment's selector within its template. */
  public String selector() {
    return fragment.substring(fragment.indexOf(" :: ") + 4);
  }
}
