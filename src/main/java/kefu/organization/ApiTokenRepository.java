package kefu.organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  @Query("select t from ApiToken t join fetch t.owner where t.secretHash = :hash")
  Optional<ApiToken> findBySecretHash(@Param("hash") String hash);

  @Query("select t from ApiToken t join fetch t.owner o where o.username = :username order by t.id")
  List<ApiToken> ownedBy(@Param("username") String username);

  @Query("select t from ApiToken t join fetch t.owner order by t.id")
  List<ApiToken> everyone();

  /** Records a use unless one was recorded since the given instant. */
  @Modifying
  @Query(
      """
      update ApiToken t set t.lastUsedAt = :now
      where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)
      """)
  void touch(@Param("id") long id, @Param("now") Instant now, @Param("since") Instant since);
}
