package kefu.registers.dutylog;

import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.RuleRefused;
import kefu.registers.desk.RegisterEntry;

/**
 * One duty shift in the duty log: who, from when to when, what happened and how it was handled. A
 * major event owes a written report by the end of the day after the shift; the report is added once
 * and the entry is never changed otherwise (a mistake is corrected by a new entry citing it).
 */
@Entity
public class DutyEntry extends RegisterEntry {

  static final String AUDITED_AS = "duty-entry";

  /** The last second of the day a report is due on (SPEC §8.4: the next day 23:59:59). */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

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

  protected DutyEntry() {}

  @Override
  protected String register() {
    return AUDITED_AS;
  }

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
    super(storeCode, recordedBy, recordedAt);
    this.dutyCode = dutyCode;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.endedOn = endedAt.atZone(zone).toLocalDate();
    this.happened = happened;
    this.handled = handled;
    this.major = major;
    this.reportDue = major ? reportDue(endedOn, zone) : null;
    this.correctsId = correctsId;
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
    step(
        "REPORTED",
        by,
        at,
        () -> {
          this.reportText = text.strip();
          this.reportBy = by;
          this.reportAt = at;
        });
  }

  /** A major event whose report is not written although its time is up. */
  public boolean reportMissingAt(Instant now) {
    return major && reportAt == null && now.isAfter(reportDue);
  }

  /** The report came after its due time. */
  public boolean reportLate() {
    return reportAt != null && reportAt.isAfter(reportDue);
  }

  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", getStoreCode());
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
}
