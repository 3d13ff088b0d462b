package kefu.service.callback;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.service.PhoneUnmasked;
import kefu.service.ServiceInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Callbacks and their recordings: recording a callback for an agent of the store on that day,
 * reading within the user's scope (staff: their own), attaching a recording that is checked to be
 * audio of an allowed size, and the audited look at a customer's full number.
 */
@Service
public class Callbacks {

  /** Who may see a customer's number in full, on asking (SPEC §8.2). */
  private static final List<Role> UNMASKERS = List.of(Role.ADMIN, Role.GROUP_CS);

  private final JdbcClient jdbc;
  private final Organization organization;
  private final Assignments assignments;
  private final RecordingStore store;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final long maxBytes;

  Callbacks(
      JdbcClient jdbc,
      Organization organization,
      Assignments assignments,
      RecordingStore store,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${kefu.recordings.max-bytes:52428800}") long maxBytes) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.assignments = assignments;
    this.store = store;
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** A callback as the caller reports it. */
  public record NewCallback(
      String storeCode,
      String employeeCode,
      CallbackKind kind,
      OffsetDateTime calledAt,
      String customerName,
      String customerPhone,
      CallbackResult result,
      String reportedData) {}

  /** An uploaded recording: its size as sent, and its content read once. */
  public record Upload(long bytes, InputStream content) {}

  public long maxBytes() {
    return maxBytes;
  }

  public Callback record(AccessScope scope, NewCallback c) {
    List<FieldProblem> problems = new ArrayList<>();
    ServiceInput.required(problems, "storeCode", c.storeCode());
    ServiceInput.required(problems, "employeeCode", c.employeeCode());
    ServiceInput.required(problems, "kind", c.kind());
    ServiceInput.required(problems, "calledAt", c.calledAt());
    ServiceInput.required(problems, "result", c.result());
    InputRules.checkText(problems, "storeCode", c.storeCode(), 32, false);
    InputRules.checkText(problems, "employeeCode", c.employeeCode(), 32, false);
    InputRules.checkText(problems, "customerName", c.customerName(), 100, false);
    InputRules.checkText(problems, "reportedData", c.reportedData(), 2000, true);
    String phone = ServiceInput.phone(problems, "customerPhone", c.customerPhone());
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    String storeCode = c.storeCode().strip();
    long storeId =
        organization
            .storeId(storeCode)
            .orElseThrow(() -> new BadInput("storeCode", "service.unknownStore"));
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + storeCode + " is outside your scope");
    }
    String employee = c.employeeCode().strip();
    LocalDate day = c.calledAt().atZoneSameInstant(organization.zone()).toLocalDate();
    if (assignments.positionAt(employee, storeCode, day).isEmpty()) {
      throw new RuleRefused("employeeCode", "service.employeeNotInStore");
    }
    Instant now = clock.instant();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    tx.executeWithoutResult(
        s -> {
          jdbc.sql(
                  """
                        insert into callback (store_code, employee_code, kind, called_at,
                          called_on, customer_name, customer_phone, result, reported_data,
                          recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
              .params(
                  storeCode,
                  employee,
                  c.kind().name(),
                  timestamp(c.calledAt().toInstant()),
                  day,
                  ServiceInput.blankToNull(c.customerName()),
                  phone,
                  c.result().name(),
                  ServiceInput.blankToNull(c.reportedData()),
                  scope.username(),
                  timestamp(now))
              .update(keys, "id");
          events.publishEvent(
              new CallbackRecorded(
                  keys.getKey().longValue(),
                  recordedValues(storeCode, employee, c, phone),
                  scope.username(),
                  now));
        });
    return find(keys.getKey().longValue()).orElseThrow();
  }

  /** The callback, if the caller may see it; else not found. */
  public Callback get(AccessScope scope, long id) {
    return find(id)
        .filter(c -> visible(scope, c))
        .orElseThrow(() -> new NotFound("callback " + id));
  }

  /** The store's callbacks of the month in time order, within the caller's scope. */
  public List<Callback> list(AccessScope scope, String storeCode, YearMonth month) {
    return select(
            "where called_on between ? and ?"
                + (storeCode == null || storeCode.isBlank() ? "" : " and store_code = ?")
                + " order by called_at, id",
            params(month, storeCode))
        .stream()
        .filter(c -> visible(scope, c))
        .toList();
  }

  /**
   * Every callback id of the store's month, whoever asks: the population a sample is drawn from.
   */
  public List<Long> idsInMonth(String storeCode, YearMonth month) {
    return jdbc.sql(
            "select id from callback where store_code = ? and called_on between ? and ? order by id")
        .params(storeCode, month.atDay(1), month.atEndOfMonth())
        .query(Long.class)
        .list();
  }

  /** Callbacks by id, whoever asks; for a spot check that already holds their ids. */
  public Map<Long, Callback> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(SELECT + " where id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query(Callbacks::row)
        .list()
        .stream()
        .collect(Collectors.toMap(Callback::id, Function.identity()));
  }

  /**
   * Keeps an audio file as the callback's recording, replacing any earlier one. Refused: a file
   * that is empty or not audio by its first bytes (400), one over the size limit (413), a callback
   * outside the caller's stores. The bytes are stored before the row names them, so a failure
   * leaves the callback as it was.
   */
  public Callback attachRecording(AccessScope scope, long id, Upload upload) {
    Callback callback = get(scope, id);
    long storeId = organization.storeId(callback.storeCode()).orElseThrow();
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + callback.storeCode() + " is outside your scope");
    }
    if (upload.bytes() <= 0) {
      throw new BadInput("file", "recording.empty");
    }
    if (upload.bytes() > maxBytes) {
      throw new RecordingTooLarge();
    }
    String key;
    String type;
    try (InputStream in = new BufferedInputStream(upload.content())) {
      in.mark(AudioTypes.HEAD_BYTES);
      byte[] head = in.readNBytes(AudioTypes.HEAD_BYTES);
      in.reset();
      type = AudioTypes.sniff(head).orElseThrow(() -> new BadInput("file", "recording.notAudio"));
      key = "callbacks/" + id + "/" + UUID.randomUUID() + "." + AudioTypes.extension(type);
      store.put(key, in, upload.bytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> after = recordingValues(new Callback.Recording(key, type, upload.bytes()));
    Map<String, Object> before =
        callback.hasRecording() ? recordingValues(callback.recording()) : Map.of();
    try {
      tx.executeWithoutResult(
          s -> {
            jdbc.sql(
                    "update callback set recording_key = ?, recording_type = ?,"
                        + " recording_bytes = ? where id = ?")
                .params(key, type, upload.bytes(), id)
                .update();
            events.publishEvent(
                new RecordingAttached(id, before, after, scope.username(), clock.instant()));
          });
    } catch (RuntimeException e) {
      deleteQuietly(key);
      throw e;
    }
    if (callback.hasRecording()) {
      deleteQuietly(callback.recording().key());
    }
    return find(id).orElseThrow();
  }

  /** What the audit log keeps of a new callback: its fields, the customer's number masked. */
  private static Map<String, Object> recordedValues(
      String storeCode, String employee, NewCallback c, String phone) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("storeCode", storeCode);
    values.put("employeeCode", employee);
    values.put("kind", c.kind().name());
    values.put("calledAt", c.calledAt().toInstant().toString());
    values.put("result", c.result().name());
    values.put("customerName", ServiceInput.blankToNull(c.customerName()));
    values.put("customerPhone", phone == null ? null : kefu.shared.PhoneNumbers.mask(phone));
    values.put("reportedData", ServiceInput.blankToNull(c.reportedData()));
    values.values().removeIf(java.util.Objects::isNull);
    return values;
  }

  private static Map<String, Object> recordingValues(Callback.Recording r) {
    return Map.of("key", r.key(), "contentType", r.contentType(), "bytes", r.bytes());
  }

  /** {@code length} bytes of the recording from {@code offset}; the caller closes the stream. */
  public InputStream openRecording(Callback.Recording recording, long offset, long length) {
    try {
      return store.open(recording.key(), offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the caller may unmask customer numbers. */
  public static boolean mayUnmask(AccessScope scope) {
    return UNMASKERS.contains(scope.role());
  }

  /**
   * The customer's full number for ADMIN and GROUP_CS, the view written to the audit log; anyone
   * else is refused.
   */
  public Callback unmasked(AccessScope scope, long id) {
    if (!mayUnmask(scope)) {
      throw new Forbidden("only group CS and administrators see full numbers");
    }
    Callback callback = get(scope, id);
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new PhoneUnmasked(
                    "callback", id, callback.storeCode(), scope.username(), clock.instant())));
    return callback;
  }

  private Optional<Callback> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(Callbacks::row).optional();
  }

  private List<Callback> select(String where, Object[] params) {
    return jdbc.sql(SELECT + " " + where).params(params).query(Callbacks::row).list();
  }

  private static Object[] params(YearMonth month, String storeCode) {
    List<Object> p = new ArrayList<>(List.of(month.atDay(1), month.atEndOfMonth()));
    if (storeCode != null && !storeCode.isBlank()) {
      p.add(storeCode.strip());
    }
    return p.toArray();
  }

  private boolean visible(AccessScope scope, Callback c) {
    Optional<Long> storeId = organization.storeId(c.storeCode());
    if (storeId.isEmpty() || !scope.admitsStore(storeId.get())) {
      return false;
    }
    return scope.confinedToEmployee().isEmpty()
        || organization.ownEmployeeCode(scope).map(c.employeeCode()::equals).orElse(false);
  }

  private void deleteQuietly(String key) {
    try {
      store.delete(key);
    } catch (IOException | RuntimeException e) {
      // an orphaned file costs space, not correctness: no row names it
    }
  }

  private static final String SELECT =
      "select id, store_code, employee_code, kind, called_at, called_on, customer_name,"
          + " customer_phone, result, reported_data, recording_key, recording_type,"
          + " recording_bytes, recorded_by, recorded_at from callback";

  private static Callback row(ResultSet rs, int n) throws SQLException {
    String key = rs.getString("recording_key");
    return new Callback(
        rs.getLong("id"),
        rs.getString("store_code"),
        rs.getString("employee_code"),
        CallbackKind.valueOf(rs.getString("kind")),
        instant(rs, "called_at"),
        rs.getObject("called_on", LocalDate.class),
        rs.getString("customer_name"),
        rs.getString("customer_phone"),
        CallbackResult.valueOf(rs.getString("result")),
        rs.getString("reported_data"),
        key == null
            ? null
            : new Callback.Recording(
                key, rs.getString("recording_type"), rs.getLong("recording_bytes")),
        rs.getString("recorded_by"),
        instant(rs, "recorded_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime timestamp(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
