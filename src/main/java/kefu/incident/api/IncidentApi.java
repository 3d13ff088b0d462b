package kefu.incident.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import kefu.incident.AppealStatus;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.incident.IncidentStatus;
import kefu.incident.RecordIncident;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The incident ledger over REST, as API.md states it. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents")
class IncidentApi {

  private final RecordIncident recorder;
  private final IncidentLedger ledger;
  private final CurrentUser currentUser;
  private final Organization organization;

  IncidentApi(
      RecordIncident recorder,
      IncidentLedger ledger,
      CurrentUser currentUser,
      Organization organization) {
    this.recorder = recorder;
    this.ledger = ledger;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record ReasonRequest(String reason) {}

  record DecisionRequest(boolean grant, String reason) {}

  record IncidentView(
      long id,
      String type,
      String storeCode,
      String employeeCode,
      OffsetDateTime occurredAt,
      LocalDate occurredOn,
      int quantity,
      Integer minutes,
      BigDecimal points,
      String note,
      IncidentStatus status,
      String voidReason,
      String packId,
      Integer packVersion,
      String clause,
      AppealStatus appealStatus,
      String appealReason,
      String appealDecision) {
    static IncidentView of(Incident i, ZoneId zone) {
      return new IncidentView(
          i.getId(),
          i.getType(),
          i.getStoreCode(),
          i.getEmployeeCode(),
          i.getOccurredAt().atZone(zone).toOffsetDateTime(),
          i.getOccurredOn(),
          i.getQuantity(),
          i.getMinutes(),
          i.getPoints(),
          i.getNote(),
          i.getStatus(),
          i.getVoidReason(),
          i.getPackId(),
          i.getPackVersion(),
          i.getClause(),
          i.getAppealStatus(),
          i.getAppealReason(),
          i.getAppealDecision());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IncidentView record(@RequestBody RecordIncident.Params params) {
    return view(recorder.record(currentUser.scope(), params));
  }

  @GetMapping
  List<IncidentView> list(
      @RequestParam YearMonth month,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) IncidentStatus status) {
    ZoneId zone = organization.zone();
    return ledger
        .find(
            currentUser.scope(),
            new IncidentLedger.Query(month, storeCode, employeeCode, type, status))
        .stream()
        .map(i -> IncidentView.of(i, zone))
        .toList();
  }

  @GetMapping("/{id}")
  IncidentView get(@PathVariable long id) {
    return view(ledger.get(currentUser.scope(), id));
  }

  @PostMapping("/{id}/void")
  IncidentView voidIncident(@PathVariable long id, @RequestBody ReasonRequest body) {
    return view(ledger.voidIncident(currentUser.scope(), id, body.reason()));
  }

  @PostMapping("/{id}/appeal")
  IncidentView appeal(@PathVariable long id, @RequestBody ReasonRequest body) {
    return view(ledger.appeal(currentUser.scope(), id, body.reason()));
  }

  @PostMapping("/{id}/appeal/decision")
  IncidentView decide(@PathVariable long id, @RequestBody DecisionRequest body) {
    return view(ledger.decideAppeal(currentUser.scope(), id, body.grant(), body.reason()));
  }

  private IncidentView view(Incident i) {
    return IncidentView.of(i, organization.zone());
  }
}
