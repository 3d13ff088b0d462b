package kefu.registers.dutylog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.RuleRefused;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * One duty shift in the duty log: who, from when to when, what happened and how it was handled. A
 * major event owes a written report by the end of the day after the shift; the report is added once
 * and the entry is never changed otherwise (a mistake is corrected by a new entry citing it).
 */
@Entity
public class DutyEntry {

  static final String AUDITED_AS = "duty-entry";

  /** The last second of the day a report is due on (SPEC §8.4: the next day 23:59:59). */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String storeCode;
  private String dutyCode;
  private Instant startedAt;
  private Instant endedAt;
  private LocalDate endedOn;
  private String happened;
  private String handled;
  private boolean major;
  private Instant reportDue;
  private String reportText;
  private String reportBy;
  private Instant reportAt;
  private Long correctsId;
  private String recordedBy;
  private Instant recordedAt;

  @Version private long version;

  @Transient private boolean justRecorded;
  @Transient private final List<Object> events = new ArrayList<>();

  protected DutyEntry() {}

  DutyEntry(
      String storeCode,
      String dutyCode,
      Instant startedAt,
      Instant endedAt,
      ZoneId zone,
      String happened,
      String handled,
      boolean major,
      Long correctsId,
      String recordedBy,
      Instant recordedAt) {
    this.storeCode = storeCode;
    this.dutyCode = dutyCode;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.endedOn = endedAt.atZone(zone).toLocalDate();
    this.happened = happened;
    this.handled = handled;
    this.major = major;
    this.reportDue = major ? reportDue(endedOn, zone) : null;
    this.correctsId = correctsId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.justRecorded = true;
  }

  /** When the report on a major event of a shift that ended on {@code day} is due. */
  static Instant reportDue(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  /** The written report on a major event, once. A late one is kept and shows as late. */
  void writeReport(String text, String by, Instant at) {
    if (!major) {
      throw new RuleRefused("text", "dutylog.notMajor");
    }
    if (text == null || text.isBlank()) {
      throw new BadInput("text", "validation.required");
    }
    if (reportAt != null) {
      throw new Conflict("dutylog.reportWritten");
    }
    Map<String, Object> before = snapshot();
    this.reportText = text.strip();
    this.reportBy = by;
    this.reportAt = at;
    events.add(new DutyReportWritten(id, before, snapshot(), by, at));
  }

  /** A major event whose report is not written although its time is up. */
  public boolean reportMissingAt(Instant now) {
    return major && reportAt == null && now.isAfter(reportDue);
  }

  /** The report came after its due time. */
  public boolean reportLate() {
    return reportAt != null && reportAt.isAfter(reportDue);
  }

  @DomainEvents
  List<Object> domainEvents() {
    List<Object> out = new ArrayList<>();
    if (justRecorded) {
      out.add(new DutyEntryRecorded(id, snapshot(), recordedBy, recordedAt));
    }
    out.addAll(events);
    return out;
  }

  @AfterDomainEventPublication
  void clearDomainEvents() {
    justRecorded = false;
    events.clear();
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", storeCode);
    m.put("dutyCode", dutyCode);
    m.put("startedAt", String.valueOf(startedAt));
    m.put("endedAt", String.valueOf(endedAt));
    m.put("happened", happened);
    m.put("handled", handled);
    m.put("major", major);
    m.put("reportDue", reportDue == null ? null : reportDue.toString());
    m.put("report", reportText);
    m.put("reportBy", reportBy);
    m.put("correctsId", correctsId);
    return m;
  }

  public Long getId() {
    return id;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getDutyCode() {
    return dutyCode;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getHappened() {
    return happened;
  }

  public String getHandled() {
    return handled;
  }

  public boolean isMajor() {
    return major;
  }

  public Instant getReportDue() {
    return reportDue;
  }

  public String getReportText() {
    return reportText;
  }

  public String getReportBy() {
    return reportBy;
  }

  public Instant getReportAt() {
    return reportAt;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
