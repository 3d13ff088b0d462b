package kefu.registers.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.desk.FrontDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shift handover register: the outgoing person records the checklist as marked, only the
 * incoming person's own login signs or refuses it, the store's lead reviews it. Everything within
 * the caller's scope (staff see their store's handovers, a front-desk register); a handover of
 * another store is not found.
 */
@Service
@Transactional
public class Handovers {

  /** A handover nobody signed for longer than this is listed as overdue (SPEC §8.4). */
  static final Duration SIGN_WITHIN = Duration.ofDays(1);

  /** The posts that lead a store's front desk and review its handovers. */
  private static final List<String> LEADS = List.of("CS_MANAGER", "STORE_MANAGER");

  static final int MAX_ITEM = 200;
  static final int MAX_NOTE = 500;
  static final int MAX_REASON = 1000;
  private static final int MAX_ITEMS = 100;

  private final HandoverRepository handovers;
  private final HandoverChecklistRepository checklists;
  private final Organization organization;
  private final FrontDesk desk;
  private final Clock clock;

  Handovers(
      HandoverRepository handovers,
      HandoverChecklistRepository checklists,
      Organization organization,
      FrontDesk desk,
      Clock clock) {
    this.handovers = handovers;
    this.checklists = checklists;
    this.organization = organization;
    this.desk = desk;
    this.clock = clock;
  }

  /** One checklist item as marked: {@code ok} true for ✓, false for ×. */
  public record Mark(String item, Boolean ok, String note) {}

  /** What the outgoing person hands over; {@code corrects} cites a handover this one replaces. */
  public record Params(
      String storeCode,
      String outgoingCode,
      String incomingCode,
      OffsetDateTime at,
      List<Mark> items,
      Long corrects) {}

  public Handover record(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    FrontDesk.required(shape, "storeCode", p.storeCode());
    FrontDesk.required(shape, "outgoingCode", p.outgoingCode());
    FrontDesk.required(shape, "incomingCode", p.incomingCode());
    if (p.at() == null) {
      shape.add(new FieldProblem("at", "validation.required"));
    }
    List<Mark> items = p.items() == null ? List.of() : p.items();
    if (items.isEmpty()) {
      shape.add(new FieldProblem("items", "handover.itemsRequired"));
    } else if (items.size() > MAX_ITEMS) {
      shape.add(new FieldProblem("items", "validation.tooLarge"));
    }
    for (int i = 0; i < items.size(); i++) {
      Mark m = items.get(i);
      String field = "items[" + i + "]";
      if (m == null) {
        shape.add(new FieldProblem(field, "validation.required"));
        continue;
      }
      FrontDesk.required(shape, field + ".item", m.item());
      if (m.ok() == null) {
        shape.add(new FieldProblem(field + ".ok", "validation.required"));
      }
      InputRules.checkText(shape, field + ".item", m.item(), MAX_ITEM, false);
      InputRules.checkText(shape, field + ".note", m.note(), MAX_NOTE, true);
    }
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String outgoing = p.outgoingCode().strip();
    String incoming = p.incomingCode().strip();
    String store = desk.recordingStore(scope, p.storeCode(), outgoing, "handover.notYourStore");
    Instant at = p.at().toInstant();
    LocalDate day = p.at().atZoneSameInstant(organization.zone()).toLocalDate();
    List<FieldProblem> refused = new ArrayList<>();
    if (at.isAfter(clock.instant())) {
      refused.add(new FieldProblem("at", "handover.inTheFuture"));
    }
    if (outgoing.equals(incoming)) {
      refused.add(new FieldProblem("incomingCode", "handover.samePerson"));
    }
    if (desk.postOn(outgoing, store, day).isEmpty()) {
      refused.add(new FieldProblem("outgoingCode", "handover.notInStore"));
    }
    if (!outgoing.equals(incoming) && desk.postOn(incoming, store, day).isEmpty()) {
      refused.add(new FieldProblem("incomingCode", "handover.notInStore"));
    }
    if (!refused.isEmpty()) {
      throw new RuleRefused("handover.refused", refused);
    }
    if (p.corrects() != null) {
      Handover corrected = visible(scope, p.corrects());
      if (!corrected.getStoreCode().equals(store)) {
        throw new RuleRefused("corrects", "handover.correctsOtherStore");
      }
      if (handovers.existsByCorrectsId(corrected.getId())) {
        throw new Conflict("handover.alreadyCorrected");
      }
    }
    List<ChecklistMark> marks =
        items.stream()
            .map(m -> new ChecklistMark(m.item().strip(), m.ok(), FrontDesk.text(m.note())))
            .toList();
    return handovers.save(
        new Handover(
            store,
            outgoing,
            incoming,
            at,
            day,
            marks,
            p.corrects(),
            scope.username(),
            clock.instant()));
  }

  /** The incoming person signs, with their own login. */
  public Handover sign(AccessScope scope, long id) {
    Handover h = visible(scope, id);
    h.sign(organization.ownEmployeeCode(scope).orElse(null), scope.username(), clock.instant());
    return handovers.save(h);
  }

  /** The incoming person refuses, with their own login and a reason. */
  public Handover refuse(AccessScope scope, long id, String reason) {
    InputRules.requireText("reason", reason, MAX_REASON, true);
    Handover h = visible(scope, id);
    h.refuse(
        organization.ownEmployeeCode(scope).orElse(null),
        reason,
        scope.username(),
        clock.instant());
    return handovers.save(h);
  }

  /** The store's lead (its CS manager, or its store manager) reviews a handover. */
  public Handover review(AccessScope scope, long id, String note) {
    InputRules.requireText("note", note, MAX_REASON, true);
    Handover h = visible(scope, id);
    if (!isLead(scope, h.getStoreCode())) {
      throw new Forbidden("handover.onlyLead");
    }
    h.review(note, scope.username(), clock.instant());
    return handovers.save(h);
  }

  /** Whether the caller's own employee leads the store's front desk today. */
  @Transactional(readOnly = true)
  public boolean isLead(AccessScope scope, String storeCode) {
    return organization
        .ownEmployeeCode(scope)
        .flatMap(code -> desk.postOn(code, storeCode, organization.today()))
        .filter(LEADS::contains)
        .isPresent();
  }

  @Transactional(readOnly = true)
  public Handover get(AccessScope scope, long id) {
    return visible(scope, id);
  }

  /** The handovers of some days in the caller's scope (or one store of it), newest first. */
  @Transactional(readOnly = true)
  public List<Handover> between(AccessScope scope, String storeCode, LocalDate from, LocalDate to) {
    return handovers.handedBetween(desk.listStore(scope, storeCode), from, to);
  }

  /** Handovers nobody signed for more than a day, oldest first. */
  @Transactional(readOnly = true)
  public List<Handover> unsigned(AccessScope scope, String storeCode) {
    return handovers.unsignedBefore(desk.listStore(scope, storeCode), unsignedCutoff());
  }

  private Instant unsignedCutoff() {
    return clock.instant().minus(SIGN_WITHIN);
  }

  /** The checklist in force for a store, if it has one. */
  @Transactional(readOnly = true)
  public Optional<HandoverChecklist> checklist(AccessScope scope, String storeCode) {
    organization.store(scope, storeCode);
    return checklists.findFirstByStoreCodeOrderByIdDesc(storeCode);
  }

  /** Sets a store's checklist from now on; earlier handovers keep what they were marked with. */
  public HandoverChecklist setChecklist(AccessScope scope, String storeCode, List<String> items) {
    long storeId = organization.store(scope, storeCode).getId();
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("handover.notYourStore");
    }
    List<String> lines = items == null ? List.of() : items;
    List<FieldProblem> shape = new ArrayList<>();
    if (lines.isEmpty()) {
      shape.add(new FieldProblem("items", "handover.itemsRequired"));
    } else if (lines.size() > MAX_ITEMS) {
      shape.add(new FieldProblem("items", "validation.tooLarge"));
    }
    for (int i = 0; i < lines.size(); i++) {
      FrontDesk.required(shape, "items[" + i + "]", lines.get(i));
      InputRules.checkText(shape, "items[" + i + "]", lines.get(i), MAX_ITEM, false);
    }
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    return checklists.save(
        new HandoverChecklist(
            storeCode,
            lines.stream().map(String::strip).toList(),
            scope.username(),
            clock.instant()));
  }

  private Handover visible(AccessScope scope, long id) {
    Handover h = handovers.findById(id).orElseThrow(() -> new NotFound("handover " + id));
    desk.requireVisible(scope, h.getStoreCode(), "handover " + id);
    return h;
  }
}
