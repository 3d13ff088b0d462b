package kefu.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The menu every module contributed, in order: single entries and dropdowns (a group sits where its
 * first entry would). The layout shows each entry the user's roles admit.
 */
@Component("navigation")
public class Navigation {
  private final List<Menu> menu;

  Navigation(List<NavItem> items) {
    Map<String, List<NavItem>> byPlace = new LinkedHashMap<>();
    items.stream()
        .sorted(Comparator.comparingInt(NavItem::order))
        .forEach(
            i ->
                byPlace
                    .computeIfAbsent(
                        i.group() != null ? i.group() : "#" + i.key(), k -> new ArrayList<>())
                    .add(i));
    this.menu =
        byPlace.values().stream().map(place -> new Menu(place.get(0).group(), place)).toList();
  }

  public List<Menu> menu() {
    return menu;
  }

  /** One place in the menu bar: a single entry ({@code group} null) or a dropdown of entries. */
  public record Menu(String group, List<NavItem> items) {

    public Menu {
      items = List.copyOf(items);
    }

    public String label() {
      return "nav." + group;
    }

    /** Whether the page with this menu key lies in this place, so the place shows as active. */
    public boolean holds(String active) {
      return items.stream().anyMatch(i -> i.key().equals(active));
    }
  }
}
