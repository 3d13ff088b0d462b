package kefu.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so guessing is slow. The count lives
 * in the database so it holds across nodes.
 */
@Component
class LoginThrottle {

  private final UserAccountRepository users;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockFor;

  LoginThrottle(
      UserAccountRepository users,
      Clock clock,
      @Value("${kefu.login.max-failures:5}") int maxFailures,
      @Value("${kefu.login.lock-minutes:15}") int lockMinutes) {
    this.users = users;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockFor = Duration.ofMinutes(lockMinutes);
  }

  @EventListener
  @Transactional
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    users
        .findByUsername(String.valueOf(event.getAuthentication().getPrincipal()))
        .ifPresent(u -> u.loginFailed(maxFailures, lockFor, Instant.now(clock)));
  }

  @EventListener
  @Transactional
  void onSuccess(AuthenticationSuccessEvent event) {
    users
        .findByUsername(event.getAuthentication().getName())
        .ifPresent(UserAccount::loginSucceeded);
  }
}
