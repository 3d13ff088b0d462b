package kefu.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
  Optional<UserAccount> findByUsername(String username);

  boolean existsByUsername(String username);

  List<UserAccount> findAllByOrderByUsername();

  List<UserAccount> findByUsernameIn(Collection<String> usernames);

  /**
   * Counts a wrong password in one statement (the row lock serializes parallel guesses); at the
   * limit the account locks until the given time and the count starts again.
   */
  @Modifying
  @Query(
      """
      update UserAccount u
      set u.lockedUntil =
            case when u.failedLogins + 1 >= :maxFailures then :lockUntil else u.lockedUntil end,
          u.failedLogins =
            case when u.failedLogins + 1 >= :maxFailures then 0 else u.failedLogins + 1 end
      where u.username = :username
      """)
  int countFailedLogin(
      @Param("username") String username,
      @Param("maxFailures") int maxFailures,
      @Param("lockUntil") Instant lockUntil);

  /** Clears the failure count of an account that is not locked; 0 when it is locked. */
  @Modifying
  @Query(
      """
      update UserAccount u set u.failedLogins = 0, u.lockedUntil = null
      where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)
      """)
  int admitLogin(@Param("username") String username, @Param("now") Instant now);

  /** Lifts a lock, as setting a new password does. */
  @Modifying(flushAutomatically = true)
  @Query("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id")
  void unlock(@Param("id") long id);
}
