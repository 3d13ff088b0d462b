package kefu.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** Incidents as the ledger holds them, for tests outside the ledger's package. */
public final class RecordedIncidents {

  public static final Instant RECORDED_AT = Instant.parse("2026-09-10T02:00:00Z");

  private RecordedIncidents() {}

  /** How many incidents the ledger holds for the month, every store's, as an administrator sees. */
  public static int inMonth(IncidentLedger ledger, String month) {
    AccessScope everyStore = new AccessScope("admin", Role.ADMIN, null, null);
    return ledger
        .find(everyStore, new IncidentLedger.Query(YearMonth.parse(month), null, null, null, null))
        .size();
  }

  /** A rudeness complaint against E104 in S01 on 9 September 2026: saved, with an id. */
  public static Incident complaint(long id) {
    Incident incident =
        new Incident(
            "ATTITUDE_COMPLAINT",
            "S01",
            "E104",
            Instant.parse("2026-09-09T03:00:00Z"),
            LocalDate.of(2026, 9, 9),
            1,
            null,
            null,
            "顾客投诉态度",
            "ecommerce-cs-10pt",
            1,
            "4.2",
            "s01cs",
            Role.CS_MANAGER,
            RECORDED_AT);
    ReflectionTestUtils.setField(incident, "id", id);
    incident.clearDomainEvents();
    return incident;
  }
}
