package kefu.platform;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The menu entries every module contributed, in order; the layout renders them by role. */
@Component("navigation")
public class Navigation {
  private final List<NavItem> items;

  Navigation(List<NavItem> items) {
    this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
  }

  public List<NavItem> items() {
    return items;
  }
}
