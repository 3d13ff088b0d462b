package kefu.registers.dutylog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.desk.FrontDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty log: shifts entered by the store's writers or by the person on duty, major events with
 * their next-day report, and the list of reports that are missing.
 */
@Service
@Transactional
public class DutyLog {

  static final int MAX_TEXT = 2000;
  static final int MAX_REPORT = 4000;

  private final DutyEntryRepository entries;
  private final FrontDesk desk;
  private final Organization organization;
  private final Clock clock;

  DutyLog(DutyEntryRepository entries, FrontDesk desk, Organization organization, Clock clock) {
    this.entries = entries;
    this.desk = desk;
    this.organization = organization;
    this.clock = clock;
  }

  /** One shift as entered; {@code corrects} cites an entry this one replaces. */
  public record Params(
      String storeCode,
      String dutyCode,
      OffsetDateTime startAt,
      OffsetDateTime endAt,
      String happened,
      String handled,
      Boolean major,
      Long corrects) {}

  public DutyEntry record(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    FrontDesk.required(shape, "storeCode", p.storeCode());
    FrontDesk.required(shape, "dutyCode", p.dutyCode());
    if (p.startAt() == null) {
      shape.add(new FieldProblem("startAt", "validation.required"));
    }
    if (p.endAt() == null) {
      shape.add(new FieldProblem("endAt", "validation.required"));
    }
    FrontDesk.required(shape, "happened", p.happened());
    FrontDesk.required(shape, "handled", p.handled());
    InputRules.checkText(shape, "dutyCode", p.dutyCode(), 32, false);
    InputRules.checkText(shape, "happened", p.happened(), MAX_TEXT, true);
    InputRules.checkText(shape, "handled", p.handled(), MAX_TEXT, true);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String duty = p.dutyCode().strip();
    String store = desk.recordingStore(scope, p.storeCode(), duty, "dutylog.notYourStore");
    Instant start = p.startAt().toInstant();
    Instant end = p.endAt().toInstant();
    LocalDate day = p.startAt().atZoneSameInstant(organization.zone()).toLocalDate();
    List<FieldProblem> refused = new ArrayList<>();
    if (end.isBefore(start)) {
      refused.add(new FieldProblem("endAt", "dutylog.endBeforeStart"));
    }
    if (end.isAfter(clock.instant())) {
      refused.add(new FieldProblem("endAt", "dutylog.inTheFuture"));
    }
    if (desk.postOn(duty, store, day).isEmpty()) {
      refused.add(new FieldProblem("dutyCode", "dutylog.notInStore"));
    }
    if (!refused.isEmpty()) {
      throw new RuleRefused("dutylog.refused", refused);
    }
    if (p.corrects() != null) {
      DutyEntry corrected = get(scope, p.corrects());
      if (!corrected.getStoreCode().equals(store)) {
        throw new RuleRefused("corrects", "dutylog.correctsOtherStore");
      }
      if (entries.existsByCorrectsId(corrected.getId())) {
        throw new Conflict("dutylog.alreadyCorrected");
      }
    }
    return entries.save(
        new DutyEntry(
            store,
            duty,
            start,
            end,
            organization.zone(),
            p.happened().strip(),
            p.handled().strip(),
            Boolean.TRUE.equals(p.major()),
            p.corrects(),
            scope.username(),
            clock.instant()));
  }

  /** The written report on a major event, by the store's writers or the person on duty. */
  public DutyEntry report(AccessScope scope, long id, String text) {
    InputRules.requireText("text", text, MAX_REPORT, true);
    DutyEntry e = get(scope, id);
    desk.recordingStore(scope, e.getStoreCode(), e.getDutyCode(), "dutylog.notYourStore");
    e.writeReport(text, scope.username(), clock.instant());
    return entries.save(e);
  }

  @Transactional(readOnly = true)
  public DutyEntry get(AccessScope scope, long id) {
    DutyEntry e = entries.findById(id).orElseThrow(() -> new NotFound("duty entry " + id));
    desk.requireVisible(scope, e.getStoreCode(), "duty entry " + id);
    return e;
  }

  /** The month's shifts (by the day they ended), newest first. */
  @Transactional(readOnly = true)
  public List<DutyEntry> month(AccessScope scope, String storeCode, YearMonth month) {
    return entries.endedBetween(
        desk.listStore(scope, storeCode), month.atDay(1), month.atEndOfMonth());
  }

  /** Major events whose report is overdue, oldest due first. */
  @Transactional(readOnly = true)
  public List<DutyEntry> reportsMissing(AccessScope scope, String storeCode) {
    return entries.reportsMissing(desk.listStore(scope, storeCode), clock.instant());
  }
}
