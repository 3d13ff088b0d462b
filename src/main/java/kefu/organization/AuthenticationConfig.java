package kefu.organization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How a username and password become a login, for the form and for HTTP Basic alike. */
@Configuration
class AuthenticationConfig {

  @Bean
  DaoAuthenticationProvider passwordAuthentication(
      UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(encoder);
    provider.setPostAuthenticationChecks(throttle::admit);
    return provider;
  }
}
