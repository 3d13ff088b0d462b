package kefu.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored pack versions and adoptions, in plain SQL: both are insert-only, so there is nothing
 * for an entity's change tracking to do.
 */
@Repository
class PackStore {

  private static final String VERSION_COLUMNS =
      "pack_id, pack_version, title_zh, title_en, yaml_source, built_in, created_at, created_by";

  private final JdbcClient jdbc;
  private final TransactionMemo memo;

  PackStore(JdbcClient jdbc, TransactionMemo memo) {
    this.jdbc = jdbc;
    this.memo = memo;
  }

  // ---- versions ----------------------------------------------------------------------------

  void insert(PackVersion v) {
    jdbc.sql(
            "insert into policy_pack_version ("
                + VERSION_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            v.packId(),
            v.version(),
            v.title().zh(),
            v.title().en(),
            v.yaml(),
            v.builtIn(),
            utc(v.createdAt()),
            v.createdBy())
        .update();
  }

  boolean exists(PackRef ref) {
    return jdbc.sql(
                "select count(*) from policy_pack_version where pack_id = ? and pack_version = ?")
            .params(ref.packId(), ref.version())
            .query(Long.class)
            .single()
        > 0;
  }

  boolean packExists(String packId) {
    return latestVersion(packId).isPresent();
  }

  Optional<Integer> latestVersion(String packId) {
    // max() answers one row holding null when the pack has no version
    return jdbc
        .sql("select max(pack_version) from policy_pack_version where pack_id = ?")
        .param(packId)
        .query(Integer.class)
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  Optional<PackVersion> version(PackRef ref) {
    return selectVersions("where pack_id = ? and pack_version = ?", ref.packId(), ref.version())
        .optional();
  }

  /** Every version of every pack, by pack id and then version. */
  List<PackVersion> versions() {
    return selectVersions("order by pack_id, pack_version").list();
  }

  List<PackVersion> versions(String packId) {
    return selectVersions("where pack_id = ? order by pack_version", packId).list();
  }

  /** The versions that {@code condition} (a where and/or order by clause) selects. */
  private JdbcClient.MappedQuerySpec<PackVersion> selectVersions(
      String condition, Object... params) {
    return jdbc.sql("select " + VERSION_COLUMNS + " from policy_pack_version " + condition)
        .params(params)
        .query(PackStore::version);
  }

  private static PackVersion version(ResultSet rs, int row) throws SQLException {
    return new PackVersion(
        new PackRef(rs.getString("pack_id"), rs.getInt("pack_version")),
        new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
        rs.getBoolean("built_in"),
        rs.getString("yaml_source"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }

  // ---- adoptions ---------------------------------------------------------------------------

  /** Stores the adoption and answers its id. */
  long insert(PackRef pack, LocalDate from, SortedSet<String> stores, Instant at, String by) {
    memo.forget();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into policy_adoption
              (pack_id, pack_version, effective_from, all_stores, created_at, created_by)
            values (?, ?, ?, ?, ?, ?)""")
        .params(pack.packId(), pack.version(), from, stores == null, utc(at), by)
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    if (stores != null) {
      for (String store : stores) {
        jdbc.sql("insert into policy_adoption_store (adoption_id, store_code) values (?, ?)")
            .params(id, store)
            .update();
      }
    }
    return id;
  }

  long countAdoptions() {
    return jdbc.sql("select count(*) from policy_adoption").query(Long.class).single();
  }

  /** Every adoption, by effective date and then id; read once a transaction. */
  List<PackAdoption> adoptions() {
    return memo.get("adoptions", this::readAdoptions);
  }

  private List<PackAdoption> readAdoptions() {
    Map<Long, SortedSet<String>> stores = new HashMap<>();
    jdbc.sql("select adoption_id, store_code from policy_adoption_store")
        .query(
            (ResultSet rs) -> {
              stores
                  .computeIfAbsent(rs.getLong("adoption_id"), id -> new TreeSet<>())
                  .add(rs.getString("store_code"));
            });
    List<PackAdoption> result = new ArrayList<>();
    jdbc.sql(
            """
            select id, pack_id, pack_version, effective_from, all_stores, created_at, created_by
            from policy_adoption order by effective_from, id""")
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong("id");
              boolean all = rs.getBoolean("all_stores");
              result.add(
                  new PackAdoption(
                      id,
                      new PackRef(rs.getString("pack_id"), rs.getInt("pack_version")),
                      rs.getObject("effective_from", LocalDate.class),
                      all ? null : stores.getOrDefault(id, new TreeSet<>()),
                      rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                      rs.getString("created_by")));
            });
    return List.copyOf(result);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
