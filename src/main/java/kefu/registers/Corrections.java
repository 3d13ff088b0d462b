package kefu.registers;

import static kefu.registers.Registers.values;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kefu.organization.AccessScope;
import kefu.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of the custody registers' entries (keys, uniforms, hazardous materials). A correction
 * is a new entry citing the one it corrects, written by whoever may write to the cited entry's
 * store (the group's writers for uniforms), announced for the audit log and shown beside the entry;
 * the entry itself is never changed.
 */
@Service
@Transactional
public class Corrections {

  private final JdbcClient jdbc;
  private final Registers registers;
  private final List<Correctable> correctable;

  Corrections(JdbcClient jdbc, Registers registers, List<Correctable> correctable) {
    this.jdbc = jdbc;
    this.registers = registers;
    this.correctable = correctable;
  }

  public record NewCorrection(String entry, Long entryId, String reason, String correction) {}

  public Correction correct(AccessScope scope, NewCorrection p) {
    Checks checks = new Checks();
    String entry = checks.line("entry", p.entry(), 32, true);
    checks.required("entryId", p.entryId());
    String reason = checks.note("reason", p.reason(), 500, true);
    String correction = checks.note("correction", p.correction(), 500, true);
    checks.requireWellFormed();
    registers.requireReader(scope);
    Optional<Correctable> register =
        correctable.stream().filter(c -> c.entries().contains(entry)).findFirst();
    if (register.isEmpty()) {
      checks.refuse("entry", "registers.correction.notCorrectable");
    }
    Correctable.Kept kept =
        register.flatMap(c -> c.find(entry, p.entryId())).filter(k -> sees(scope, k)).orElse(null);
    if (register.isPresent() && kept == null) {
      checks.refuse("entryId", "registers.correction.noSuchEntry");
    }
    checks.requireAllowed();
    if (kept.storeCode() == null) {
      registers.requireGroupWriter(scope, null);
    } else {
      registers.requireWriter(scope, kept.storeCode(), null);
    }
    Instant now = registers.now();
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into register_correction (entry, entry_id, store_code, reason, correction,
              recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            entry,
            p.entryId(),
            kept.storeCode(),
            reason,
            correction,
            scope.username(),
            now.atOffset(ZoneOffset.UTC))
        .update(id, "id");
    long correctionId = id.getKeyAs(Number.class).longValue();
    registers.recorded(
        "register-correction",
        correctionId,
        values(
            "corrects",
            entry + ":" + p.entryId(),
            "storeCode",
            kept.storeCode(),
            "reason",
            reason,
            "correction",
            correction),
        scope.username(),
        now);
    return new Correction(
        correctionId,
        entry,
        p.entryId(),
        kept.storeCode(),
        reason,
        correction,
        scope.username(),
        now);
  }

  /** Whether the user sees where the entry is kept (an entry of a store not theirs is unknown). */
  private boolean sees(AccessScope scope, Correctable.Kept kept) {
    if (kept.storeCode() == null) {
      return true;
    }
    try {
      registers.visibleStore(scope, kept.storeCode());
      return true;
    } catch (NotFound e) {
      return false;
    }
  }

  /**
   * The corrections of the given entry names in a store (and of the group's registers), by the
   * entry they cite ({@link Correction#cites}), oldest first, for a page to show beside each entry.
   */
  @Transactional(readOnly = true)
  public Map<String, List<Correction>> of(
      AccessScope scope, String storeCode, Collection<String> entries) {
    registers.requireReader(scope);
    if (storeCode != null) {
      registers.visibleStore(scope, storeCode);
    }
    return jdbc
        .sql(
            """
            select id, entry, entry_id, store_code, reason, correction, recorded_by, recorded_at
            from register_correction
            where store_code is null or store_code = ?
            order by recorded_at, id""")
        .param(storeCode)
        .query(
            (rs, n) ->
                new Correction(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    Optional.ofNullable(rs.getObject(8, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null)))
        .list()
        .stream()
        .filter(c -> entries.contains(c.entry()))
        .collect(Collectors.groupingBy(Correction::cites, LinkedHashMap::new, Collectors.toList()));
  }
}
