/**
 * The shell every module stands in: the clock, the user's language (Chinese by default, English by
 * a remembered switch), the one page layout and the home page, error pages, and the translation of
 * failures into problem details for the API. Modules appear in the menu and on the home page
 * through the beans they contribute ({@link kefu.platform.NavItem}, {@link kefu.platform.HomeCard},
 * {@link kefu.platform.TodoList}); the shell names none of them and knows no business rules.
 */
@ApplicationModule(allowedDependencies = {})
package kefu.platform;

import org.springframework.modulith.ApplicationModule;
