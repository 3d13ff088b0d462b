package kefu.registers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every register does around its own rules: find the store within the user's scope, decide
 * whether the login may write there, give an approval, tell the time and day, and announce each
 * entry for the audit log.
 */
@Component
public class Registers {

  private final Organization organization;
  private final People people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Registers(
      Organization organization, People people, ApplicationEventPublisher events, Clock clock) {
    this.organization = organization;
    this.people = people;
    this.events = events;
    this.clock = clock;
  }

  public People people() {
    return people;
  }

  public Instant now() {
    return Instant.now(clock);
  }

  public LocalDate today() {
    return organization.today();
  }

  public ZoneId zone() {
    return organization.zone();
  }

  /** The moment given, or now when none was (an entry made as it happens). */
  public Instant at(OffsetDateTime given) {
    return given == null ? now() : given.toInstant();
  }

  /** The group's day of a moment. */
  public LocalDate day(Instant at) {
    return at.atZone(zone()).toLocalDate();
  }

  /** The start of a day in the group's zone. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone()).toInstant();
  }

  /** The registers are the managers' and the group's: staff are refused (403). */
  public AccessScope requireReader(AccessScope scope) {
    if (scope.confinedToEmployee().isPresent()) {
      throw new Forbidden("the registers are kept by the managers");
    }
    return scope;
  }

  /** Whether the user sees the store; an unknown store is not found either way. */
  public long visibleStore(AccessScope scope, String storeCode) {
    requireReader(scope);
    long id = organization.storeId(storeCode).orElseThrow(() -> new NotFound("store " + storeCode));
    if (!scope.admitsStore(id)) {
      throw new NotFound("store " + storeCode);
    }
    return id;
  }

  /**
   * Refuses (403) a user who may not write to the store, unless the entry is their own approval: an
   * approver with a read-only role (an executive) still approves with their own login.
   */
  public void requireWriter(AccessScope scope, String storeCode, String approverCode) {
    long id = visibleStore(scope, storeCode);
    boolean ownApproval =
        approverCode != null && approverCode.equals(ownEmployeeCode(scope).orElse(null));
    if (!scope.canWriteStore(id) && !ownApproval) {
      throw new Forbidden("store " + storeCode + " is not yours to write");
    }
  }

  /** For registers kept for the whole group (uniforms): writers only, or one's own approval. */
  public void requireGroupWriter(AccessScope scope, String approverCode) {
    requireReader(scope);
    boolean ownApproval =
        approverCode != null && approverCode.equals(ownEmployeeCode(scope).orElse(null));
    if (!scope.canWrite() && !ownApproval) {
      throw new Forbidden("read-only");
    }
  }

  /** The approval the user may give for {@code approverCode}; see {@link Approval#given}. */
  public Optional<Approval> approval(AccessScope scope, String approverCode) {
    if (approverCode == null) {
      return Optional.empty();
    }
    return Approval.given(
        approverCode, scope.username(), ownEmployeeCode(scope).orElse(null), scope.role());
  }

  /** The store a store-scoped user is confined to; null for users who see every store. */
  public String ownStoreCode(AccessScope scope) {
    return organization.codes(scope).storeCode();
  }

  /** The person and approver an entry names, as the organization knows them on {@code day}. */
  public Named named(AccessScope scope, String personCode, String approverCode, LocalDate day) {
    return new Named(
        personCode,
        people.postOn(personCode, day),
        approverCode,
        people.postOn(approverCode, day),
        approval(scope, approverCode));
  }

  private Optional<String> ownEmployeeCode(AccessScope scope) {
    return organization.ownEmployeeCode(scope);
  }

  /** Announces an entry; the audit log writes it once the transaction commits. */
  public void recorded(String entry, long id, Map<String, Object> values, String by, Instant at) {
    events.publishEvent(new RegisterEntryRecorded(entry, id, values, by, at));
  }

  /** An entry's values for the audit log, in the order given: name, value, name, value… */
  public static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      m.put((String) namesAndValues[i], v == null ? null : String.valueOf(v));
    }
    return m;
  }
}
