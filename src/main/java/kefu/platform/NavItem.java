package kefu.platform;

import org.springframework.modulith.NamedInterface;

/**
 * A menu entry a module adds to the main navigation; {@code access} is a Spring Security expression
 * such as {@code hasAnyRole('ADMIN','GROUP_CS')}. Entries that share a {@code group} appear
 * together in one dropdown, labelled by the message {@code nav.<group>}.
 */
@NamedInterface("shell")
public record NavItem(
    String key, String path, String label, String access, int order, String group) {

  /** A top-level entry, outside any dropdown. */
  public NavItem(String key, String path, String label, String access, int order) {
    this(key, path, label, access, order, null);
  }
}
