package kefu.registers.handover.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.registers.desk.FrontDesk;
import kefu.registers.handover.ChecklistMark;
import kefu.registers.handover.Handover;
import kefu.registers.handover.HandoverChecklist;
import kefu.registers.handover.HandoverStatus;
import kefu.registers.handover.Handovers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shift handovers over REST, as API.md states them, with their lists and the store checklist. */
@RestController
@RequestMapping("/api/v1/handovers")
@Tag(name = "Registers: shift handover")
class HandoverApi {

  private final Handovers handovers;
  private final CurrentUser currentUser;
  private final Organization organization;

  HandoverApi(Handovers handovers, CurrentUser currentUser, Organization organization) {
    this.handovers = handovers;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record ReasonRequest(String reason) {}

  record NoteRequest(String note) {}

  record ChecklistRequest(List<String> items) {}

  record ChecklistView(String storeCode, List<String> items, String setBy, Instant setAt) {}

  record MarkView(String item, boolean ok, String note) {}

  record HandoverView(
      long id,
      String storeCode,
      String outgoingCode,
      String outgoingName,
      String incomingCode,
      String incomingName,
      OffsetDateTime at,
      List<MarkView> items,
      HandoverStatus status,
      OffsetDateTime decidedAt,
      String refusalReason,
      String reviewedBy,
      OffsetDateTime reviewedAt,
      String reviewNote,
      Long corrects,
      String recordedBy) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "The outgoing person hands a shift over",
      description =
          "Each item is marked ok (✓) or not (×) with an optional note. `at` may lie in the past"
              + " (from paper), not in the future. `corrects` cites an earlier handover of the"
              + " same store that this one replaces. Answers PENDING until the incoming person"
              + " signs or refuses.")
  HandoverView record(@RequestBody Handovers.Params params) {
    return views(List.of(handovers.record(currentUser.scope(), params))).get(0);
  }

  @PostMapping("/{id}/signature")
  @Operation(summary = "The incoming person signs, with their own login (409 if decided)")
  HandoverView sign(@PathVariable long id) {
    return views(List.of(handovers.sign(currentUser.scope(), id))).get(0);
  }

  @PostMapping("/{id}/refusal")
  @Operation(summary = "The incoming person refuses with a reason, with their own login")
  HandoverView refuse(@PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
    return views(
            List.of(handovers.refuse(currentUser.scope(), id, body == null ? null : body.reason())))
        .get(0);
  }

  @PostMapping("/{id}/review")
  @Operation(summary = "The store's lead (CS manager or store manager) reviews, once")
  HandoverView review(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
    return views(
            List.of(handovers.review(currentUser.scope(), id, body == null ? null : body.note())))
        .get(0);
  }

  @GetMapping("/{id}")
  HandoverView get(@PathVariable long id) {
    return views(List.of(handovers.get(currentUser.scope(), id))).get(0);
  }

  @GetMapping
  @Operation(summary = "The handovers of a day (default today), newest first")
  List<HandoverView> list(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) LocalDate date) {
    LocalDate day = date == null ? organization.today() : date;
    return views(handovers.between(currentUser.scope(), storeCode, day, day));
  }

  @GetMapping("/unsigned")
  @Operation(summary = "Handovers nobody signed or refused for more than a day, oldest first")
  List<HandoverView> unsigned(@RequestParam(required = false) String storeCode) {
    return views(handovers.unsigned(currentUser.scope(), storeCode));
  }

  @GetMapping("/checklists/{storeCode}")
  @Operation(summary = "The store's handover checklist in force (empty items when none is set)")
  ChecklistView checklist(@PathVariable String storeCode) {
    return handovers
        .checklist(currentUser.scope(), storeCode)
        .map(HandoverApi::view)
        .orElse(new ChecklistView(storeCode, List.of(), null, null));
  }

  @PutMapping("/checklists/{storeCode}")
  @Operation(summary = "Sets the store's checklist from now on; earlier handovers keep theirs")
  ChecklistView setChecklist(@PathVariable String storeCode, @RequestBody ChecklistRequest body) {
    return view(handovers.setChecklist(currentUser.scope(), storeCode, body.items()));
  }

  private static ChecklistView view(HandoverChecklist c) {
    return new ChecklistView(c.getStoreCode(), c.getItems(), c.getRecordedBy(), c.getRecordedAt());
  }

  private List<HandoverView> views(List<Handover> rows) {
    ZoneId zone = organization.zone();
    Map<String, String> names =
        organization.employeeNames(
            rows.stream()
                .flatMap(h -> Stream.of(h.getOutgoingCode(), h.getIncomingCode()))
                .distinct()
                .toList());
    return rows.stream()
        .map(
            h ->
                new HandoverView(
                    h.getId(),
                    h.getStoreCode(),
                    h.getOutgoingCode(),
                    names.get(h.getOutgoingCode()),
                    h.getIncomingCode(),
                    names.get(h.getIncomingCode()),
                    FrontDesk.local(h.getHandedAt(), zone),
                    h.getItems().stream().map(HandoverApi::mark).toList(),
                    h.getStatus(),
                    FrontDesk.local(h.getDecidedAt(), zone),
                    h.getRefusalReason(),
                    h.getReviewedBy(),
                    FrontDesk.local(h.getReviewedAt(), zone),
                    h.getReviewNote(),
                    h.getCorrectsId(),
                    h.getRecordedBy()))
        .toList();
  }

  private static MarkView mark(ChecklistMark m) {
    return new MarkView(m.getItem(), m.isOk(), m.getNote());
  }
}
