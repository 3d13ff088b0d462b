package kefu.platform;

import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * A card a module adds to the home page: its title (a message key), a short summary worked out for
 * whoever opens the page, and where it leads. {@code access} is a Spring Security expression; the
 * summary is only asked for when it admits the user, so it may assume a logged-in user. Keep the
 * summary cheap (a count at most): the home page is the most opened page of all.
 */
@NamedInterface("shell")
public record HomeCard(
    String title, String path, String access, int order, Supplier<Message> summary) {}
