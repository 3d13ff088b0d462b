package kefu.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so guessing is slow. The count lives
 * in the database so it holds across nodes, and both counting and admitting are single conditional
 * UPDATEs: parallel guesses neither lose a count nor slip in once the lock is set.
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
    Instant now = Instant.now(clock);
    users.countFailedLogin(
        String.valueOf(event.getAuthentication().getPrincipal()), maxFailures, now.plus(lockFor));
  }

  /**
   * Runs after the password matched. The user was loaded before the (slow) password check, so a
   * lock set meanwhile by parallel wrong guesses is checked again here, atomically with clearing
   * the failure count: a right password is never accepted once the account is locked.
   */
  @Transactional
  void admit(UserDetails user) {
    if (users.admitLogin(user.getUsername(), Instant.now(clock)) == 0) {
      throw new LockedException("account locked");
    }
  }
}
