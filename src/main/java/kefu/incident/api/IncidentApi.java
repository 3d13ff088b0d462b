package kefu.incident.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kefu.incident.AppealStatus;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.incident.IncidentStatus;
import kefu.incident.RecordIncident;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
record IncidentApi(
    RecordIncident recorder,
    IncidentLedger ledger,
    CurrentUser currentUser,
    Organization organization) {

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
      String appealDecision,
      String storeName,
      String employeeName) {
    static IncidentView of(Incident i, ZoneId zone, String employeeName, String storeName) {
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
          i.getAppealDecision(),
          storeName,
          employeeName);
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IncidentView record(@RequestBody RecordIncident.Params params) {
    return view(recorder.record(currentUser.scope(), params));
  }

  /** The response header with the number of all incidents that match, on every page. */
  static final String TOTAL_COUNT = "X-Total-Count";

  @GetMapping
  @Operation(
      summary = "The month's incidents, whole or a page at a time",
      description =
          "Returns a JSON array in time order. Without `page` and `size` it is the whole filtered"
              + " list. With either, it is that page (`page` from 0, `size` 1 to 500, default 50)."
              + " Either way the `"
              + TOTAL_COUNT
              + "` response header holds the number of all incidents that match the filters."
              + " `employeeCode` is an employee's code, or part of a code or name standing for"
              + " every employee it matches; `appealPending=true` keeps those with an appeal"
              + " waiting for a decision. Staff see only their own incidents.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The incidents of the page, or all of them",
              headers =
                  @Header(
                      name = TOTAL_COUNT,
                      description = "How many incidents match the filters, on all pages",
                      schema = @Schema(type = "integer"))))
  ResponseEntity<List<IncidentView>> list(
      @RequestParam YearMonth month,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) IncidentStatus status,
      @RequestParam(defaultValue = "false") boolean appealPending,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    IncidentLedger.Query query =
        new IncidentLedger.Query(month, storeCode, employeeCode, type, status, appealPending);
    List<Incident> rows;
    long total;
    if (page == null && size == null) {
      rows = ledger.find(currentUser.scope(), query);
      total = rows.size();
    } else {
      Page<Incident> found =
          ledger.find(
              currentUser.scope(),
              query,
              page == null ? 0 : page,
              size == null ? IncidentLedger.DEFAULT_PAGE_SIZE : size);
      rows = found.getContent();
      total = found.getTotalElements();
    }
    return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total)).body(views(rows));
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
    return views(List.of(i)).get(0);
  }

  /** The views with the employees' and stores' names, read once for all of them. */
  private List<IncidentView> views(List<Incident> rows) {
    ZoneId zone = organization.zone();
    Map<String, String> people =
        organization.employeeNames(
            rows.stream()
                .map(Incident::getEmployeeCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    Map<String, String> stores = new HashMap<>();
    organization
        .visibleStores(currentUser.scope())
        .forEach(st -> stores.put(st.getCode(), st.getName()));
    return rows.stream()
        .map(
            i ->
                IncidentView.of(
                    i,
                    zone,
                    i.getEmployeeCode() == null ? null : people.get(i.getEmployeeCode()),
                    stores.get(i.getStoreCode())))
        .toList();
  }
}
