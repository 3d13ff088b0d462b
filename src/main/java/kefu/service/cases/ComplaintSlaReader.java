package kefu.service.cases;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code complaintSla}: the clause it belongs to, the first-reply hours, the
 * resolution working days, escalation levels in ascending order of level and hours, and the
 * important-complaint report time.
 */
public final class ComplaintSlaReader extends MappingSectionReader<ComplaintSla> {

  private static final String POSITION = "[A-Z][A-Z_]*";

  public ComplaintSlaReader() {
    super(
        "complaintSla",
        ComplaintSla.class,
        "clause",
        "firstReplyHours",
        "resolutionWorkingDays",
        "escalation",
        "importantReport");
  }

  @Override
  protected ComplaintSla readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
    YamlFields reply = fields.object("firstReplyHours", true);
    Integer urgent = null;
    Integer other = null;
    if (reply != null) {
      reply.allowOnly("urgent", "other");
      urgent = reply.integer("urgent", true, 0);
      other = reply.integer("other", true, 0);
    }
    Integer days = fields.integer("resolutionWorkingDays", true, 1);
    List<ComplaintSla.Level> levels = levels(fields);
    YamlFields report = fields.object("importantReport", true);
    Integer daysAfter = null;
    LocalTime at = null;
    if (report != null) {
      report.allowOnly("daysAfterReceipt", "at");
      daysAfter = report.integer("daysAfterReceipt", true, 0);
      at = report.time("at", true);
    }
    if (clause == null
        || urgent == null
        || other == null
        || days == null
        || levels == null
        || daysAfter == null
        || at == null) {
      return null;
    }
    return new ComplaintSla(clause, urgent, other, days, levels, daysAfter, at);
  }

  private static List<ComplaintSla.Level> levels(YamlFields fields) {
    List<ComplaintSla.Level> levels = new ArrayList<>();
    boolean complete = true;
    for (YamlFields l : fields.objects("escalation", true)) {
      l.allowOnly("level", "notify", "hoursAfterBreach");
      Integer level = l.integer("level", true, 1);
      String notify = l.code("notify", true, POSITION, "a position code");
      Integer hours = l.integer("hoursAfterBreach", true, 0);
      if (level == null || notify == null || hours == null) {
        complete = false;
        continue;
      }
      ComplaintSla.Level previous = levels.isEmpty() ? null : levels.get(levels.size() - 1);
      if (previous != null && (level <= previous.level() || hours < previous.hoursAfterBreach())) {
        l.problem("level", "levels must ascend, each no sooner than the one before");
        complete = false;
        continue;
      }
      levels.add(new ComplaintSla.Level(level, notify, hours));
    }
    return complete ? levels : null;
  }
}
