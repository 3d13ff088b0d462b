package kefu.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for both doors; a locked or disabled account cannot log in. */
@Service
class KefuUserDetailsService implements UserDetailsService {

  private final UserAccountRepository users;
  private final Clock clock;

  KefuUserDetailsService(UserAccountRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    UserAccount u =
        users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
    return User.withUsername(u.getUsername())
        .password(u.getPasswordHash())
        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + u.getRole().name())))
        .accountLocked(u.lockedAt(Instant.now(clock)))
        .disabled(!u.isEnabled())
        .build();
  }
}
