package kefu.organization;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For {@code @WebMvcTest} slices of any module's controllers: the application's own two security
 * doors (HTTP Basic or token with problem details for {@code /api}, form login and CSRF for pages),
 * with what they read accounts and tokens from mocked, and the caller's scope ({@link CurrentUser})
 * mocked so a slice decides whose scope its services see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(SecurityConfig.class)
@MockitoBean(types = {ApiTokens.class, UserDetailsService.class, CurrentUser.class})
public @interface WebSlice {}
