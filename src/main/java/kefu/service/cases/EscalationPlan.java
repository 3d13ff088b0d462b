package kefu.service.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is to be told about a complaint by a moment: for each response time it missed and whose clock
 * still runs, every escalation level whose distance from the breach has passed.
 */
final class EscalationPlan {

  /** One level due: tell {@code notify} about {@code breach} from {@code at}. */
  record Due(Breach breach, int level, String post, Instant at) {}

  private EscalationPlan() {}

  static List<Due> dueBy(Complaint c, ComplaintSla sla, Instant asOf) {
    List<Due> due = new ArrayList<>();
    for (Breach breach : c.breaches(asOf)) {
      if (!c.stillOpen(breach)) {
        continue;
      }
      Instant breachedAt = c.breachedAt(breach, asOf);
      for (ComplaintSla.Level level : sla.escalation()) {
        Instant at = breachedAt.plus(level.afterBreach());
        if (!at.isAfter(asOf)) {
          due.add(new Due(breach, level.level(), level.post(), at));
        }
      }
    }
    return due;
  }
}
