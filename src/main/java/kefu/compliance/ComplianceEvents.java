package kefu.compliance;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * What the compliance module announces. Each affects fines (a submission or a notice decides
 * whether work is fined, the sweep makes the fines), so each leaves its entry in the audit log.
 */
public final class ComplianceEvents {

  private ComplianceEvents() {}

  /** A duty was set: from its day, {@code employeeCode} owes the store's work for a deadline. */
  public record DutySet(long dutyId, Map<String, Object> duty, String by, Instant at)
      implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.created("compliance_duty", dutyId, duty, by, at);
    }
  }

  /** Work was submitted (a report, a completed task, a forwarded mail, a meeting with minutes). */
  public record WorkSubmitted(
      long submissionId, String workKey, Map<String, Object> submission, String by, Instant at)
      implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.created("work_submission", submissionId, submission, by, at);
    }
  }

  /** Notice was given that work will be late; {@code notice} says whether it excuses it. */
  public record NoticeGiven(
      long noticeId, String workKey, Map<String, Object> notice, String by, Instant at)
      implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.created("work_notice", noticeId, notice, by, at);
    }
  }

  /** Work arose from a record: an OA task sent to stores, a manufacturer mail received. */
  public record WorkArose(String kind, long id, Map<String, Object> record, String by, Instant at)
      implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.created(kind, id, record, by, at);
    }
  }

  /** The sweep judged the work due up to {@code asOf} and recorded these incidents. */
  public record SweepRan(
      Instant asOf, java.util.List<Long> createdIncidentIds, String by, Instant at)
      implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.created(
          "compliance_sweep",
          asOf,
          Map.of("asOf", asOf.toString(), "createdIncidentIds", createdIncidentIds),
          by,
          at);
    }
  }
}
