package kefu.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.organization.RecordChanged.Kind;
import kefu.platform.BadInput;
import kefu.platform.GroupZone;
import kefu.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made by their owner, shown once, kept as a SHA-256 digest of a 256-bit
 * random secret (a fast digest is enough for a secret nobody can guess, unlike a password), listed
 * without the secret, revoked by their owner or an administrator.
 */
@Service
@Transactional
public class ApiTokens {

  static final String PREFIX = "kefu_";
  private static final int NAME_MAX = 100;
  // last use is a hint for people, not an audit: one write a minute per token is enough under load
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiTokenRepository tokens;
  private final UserAccountRepository users;
  private final GroupZone zone;
  private final Clock clock;
  private final RecordChanges changes;

  ApiTokens(
      ApiTokenRepository tokens,
      UserAccountRepository users,
      GroupZone zone,
      Clock clock,
      RecordChanges changes) {
    this.tokens = tokens;
    this.users = users;
    this.zone = zone;
    this.clock = clock;
    this.changes = changes;
  }

  /** A token just made, with the secret that is never shown again. */
  public record Created(ApiToken token, String secret) {}

  public Created create(AccessScope scope, String name, LocalDate expiresOn) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
      throw new BadInput("name", "token.name.invalid");
    }
    if (expiresOn != null && expiresOn.isBefore(today())) {
      throw new BadInput("expiresOn", "token.expiresOn.past");
    }
    UserAccount owner =
        users.findByUsername(scope.username()).orElseThrow(() -> new NotFound("user"));
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ApiToken token =
        tokens.save(new ApiToken(owner, trimmed, digest(secret), Instant.now(clock), expiresOn));
    changes.created(Kind.API_TOKEN, token.getId(), snapshot(token), scope.username());
    return new Created(token, secret);
  }

  /** The caller's own tokens; an administrator sees everyone's. */
  @Transactional(readOnly = true)
  public List<ApiToken> visible(AccessScope scope) {
    return scope.isAdmin() ? tokens.everyone() : tokens.ownedBy(scope.username());
  }

  public void revoke(AccessScope scope, long id) {
    ApiToken token =
        tokens
            .findById(id)
            .filter(t -> scope.isAdmin() || t.getUsername().equals(scope.username()))
            .orElseThrow(() -> new NotFound("token " + id));
    changes.deleted(Kind.API_TOKEN, token.getId(), snapshot(token), scope.username());
    tokens.delete(token);
  }

  /** The username a presented secret acts for, if it is a live token. */
  Optional<String> owner(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        tokens
            .findBySecretHash(digest(secret))
            // the group's zone is read from the database: only tokens that can expire need it
            .filter(t -> t.getExpiresOn() == null || !t.expiredOn(today()));
    found.ifPresent(this::touch);
    return found.map(ApiToken::getUsername);
  }

  private void touch(ApiToken token) {
    Instant now = Instant.now(clock);
    Instant since = now.minus(TOUCH_EVERY);
    if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(since)) {
      tokens.touch(token.getId(), now, since);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone.zone()));
  }

  static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Map<String, Object> snapshot(ApiToken t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.getName());
    m.put("username", t.getUsername());
    m.put("expiresOn", t.getExpiresOn() == null ? null : t.getExpiresOn().toString());
    return m;
  }
}
