package kefu.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal credential for API clients, acting as its owner. Only the digest of its secret is
 * stored; the secret itself is shown once when the token is made.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount owner;

  private String name;
  private String secretHash;
  private Instant createdAt;
  private LocalDate expiresOn;

  // written only by ApiTokenRepository#touch, so a busy token never conflicts with itself
  @Column(updatable = false)
  private Instant lastUsedAt;

  protected ApiToken() {}

  ApiToken(
      UserAccount owner, String name, String secretHash, Instant createdAt, LocalDate expiresOn) {
    this.owner = owner;
    this.name = name;
    this.secretHash = secretHash;
    this.createdAt = createdAt;
    this.expiresOn = expiresOn;
  }

  /** A token is good through its expiry day. */
  boolean expiredOn(LocalDate today) {
    return expiresOn != null && today.isAfter(expiresOn);
  }

  UserAccount owner() {
    return owner;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getUsername() {
    return owner.getUsername();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
