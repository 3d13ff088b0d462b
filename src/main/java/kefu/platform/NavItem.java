package kefu.platform;

/**
 * A menu entry a module adds to the main navigation; {@code access} is a Spring Security expression
 * such as {@code hasAnyRole('ADMIN','GROUP_CS')}.
 */
public record NavItem(String key, String path, String label, String access, int order) {}
