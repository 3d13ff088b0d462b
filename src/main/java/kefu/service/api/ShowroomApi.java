package kefu.service.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kefu.incident.Incident;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.service.showroom.ShowroomAudits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The showroom log and its audits over REST. */
@RestController
record ShowroomApi(ShowroomAudits showroom, CurrentUser currentUser, Organization organization) {

  record IncidentView(
      long id,
      String type,
      String storeCode,
      String employeeCode,
      OffsetDateTime occurredAt,
      int quantity,
      String status,
      String packId,
      String clause) {
    static IncidentView of(Incident i, ZoneId zone) {
      return new IncidentView(
          i.getId(),
          i.getType(),
          i.getStoreCode(),
          i.getEmployeeCode(),
          i.getOccurredAt().atZone(zone).toOffsetDateTime(),
          i.getQuantity(),
          i.getStatus().name(),
          i.getPackId(),
          i.getClause());
    }
  }

  record AuditView(long id, List<IncidentView> incidents) {}

  @PostMapping("/api/v1/showroom-visits")
  @ResponseStatus(HttpStatus.CREATED)
  ShowroomAudits.Visit register(@RequestBody ShowroomAudits.NewVisit body) {
    return showroom.register(currentUser.writer(), body).masked();
  }

  @PostMapping("/api/v1/showroom-audits")
  @ResponseStatus(HttpStatus.CREATED)
  AuditView audit(@RequestBody ShowroomAudits.NewAudit body) {
    ShowroomAudits.Audit audit = showroom.audit(currentUser.writer(), body);
    ZoneId zone = organization.zone();
    return new AuditView(
        audit.id(), audit.incidents().stream().map(i -> IncidentView.of(i, zone)).toList());
  }
}
