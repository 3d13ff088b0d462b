package kefu.compliance;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kefu.policy.LocalizedText;
import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code deadlines}: codes unique, each naming a clause of the pack and, when a miss
 * creates one, an incident type of the pack; a {@code TASK} deadline carries its own due time; a
 * deadline may need several pieces per period ({@code required}) and daily work may be owed on
 * working days only ({@code days: WORKING}).
 */
public final class DeadlinesReader implements PackSectionReader<Deadlines> {

  @Override
  public String key() {
    return "deadlines";
  }

  @Override
  public Class<Deadlines> type() {
    return Deadlines.class;
  }

  @Override
  public Deadlines read(YamlFields top, PackOutline pack) {
    List<Deadline> deadlines = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    boolean complete = true;
    for (YamlFields fields : top.objects(key(), false)) {
      Deadline read = deadline(fields, pack);
      if (read == null) {
        complete = false;
      } else if (!codes.add(read.code())) {
        fields.problem("code", "repeats deadline " + read.code());
        complete = false;
      } else {
        deadlines.add(read);
      }
    }
    return complete ? new Deadlines(deadlines) : null;
  }

  private static Deadline deadline(YamlFields fields, PackOutline pack) {
    fields.allowOnly(
        "code",
        "clause",
        "label",
        "period",
        "daysAfterPeriodEnd",
        "at",
        "incidentType",
        "notice",
        "required",
        "days");
    String code = fields.code("code", true);
    String clause = pack.clause(fields);
    LocalizedText label = fields.localized("label", true);
    Deadline.Period period = fields.choice("period", true, Deadline.Period.class);
    boolean ownDue = period == Deadline.Period.TASK;
    Integer days = fields.integer("daysAfterPeriodEnd", !ownDue, 0);
    LocalTime at = fields.time("at", !ownDue);
    if (ownDue && (fields.has("daysAfterPeriodEnd") || fields.has("at"))) {
      fields.problemHere("a TASK deadline carries its own due time: drop daysAfterPeriodEnd/at");
    }
    String incidentType = fields.code("incidentType", false);
    if (incidentType != null && !pack.declaresType(incidentType)) {
      fields.problem("incidentType", "names no incident type of this pack");
    }
    Deadline.NoticeRule notice =
        fields.has("notice")
            ? notice(fields.object("notice", true))
            : new Deadline.NoticeRule(List.of(), null);
    Integer required = fields.integer("required", false, 1);
    Deadline.Days owed = fields.choice("days", false, Deadline.Days.class);
    if (owed == Deadline.Days.WORKING && period != Deadline.Period.DAY) {
      fields.problem("days", "only daily work can be owed on working days only");
      return null;
    }
    if (code == null || clause == null || label == null || period == null || notice == null) {
      return null;
    }
    return new Deadline(
        code,
        clause,
        label,
        period,
        days,
        at,
        incidentType,
        notice,
        required == null ? 1 : required,
        owed);
  }

  private static Deadline.NoticeRule notice(YamlFields fields) {
    if (fields == null) {
      return null;
    }
    fields.allowOnly("tiers", "otherwiseDaysBefore");
    List<Deadline.NoticeTier> tiers = new ArrayList<>();
    for (YamlFields t : fields.objects("tiers", false)) {
      t.allowOnly("allowedDaysAtMost", "daysBefore");
      Integer allowed = t.integer("allowedDaysAtMost", true, 1);
      Integer before = t.integer("daysBefore", true, 0);
      if (allowed == null || before == null) {
        continue;
      }
      if (!tiers.isEmpty() && allowed <= tiers.get(tiers.size() - 1).allowedDaysAtMost()) {
        t.problem("allowedDaysAtMost", "tiers must ascend");
        continue;
      }
      tiers.add(new Deadline.NoticeTier(allowed, before));
    }
    Integer otherwise = fields.integer("otherwiseDaysBefore", false, 0);
    return new Deadline.NoticeRule(tiers, otherwise);
  }
}
