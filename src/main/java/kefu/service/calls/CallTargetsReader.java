package kefu.service.calls;

import java.util.List;
import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/** Reads a pack's {@code callTargets}: its clause, the daily outbound target and the seat posts. */
public final class CallTargetsReader implements PackSectionReader<CallTargets> {

  @Override
  public String key() {
    return "callTargets";
  }

  @Override
  public Class<CallTargets> type() {
    return CallTargets.class;
  }

  @Override
  public CallTargets read(YamlFields top, PackOutline pack) {
    YamlFields fields = top.object(key(), true);
    if (fields == null) {
      return null;
    }
    fields.allowOnly("clause", "outboundPerDay", "positions");
    String clause = fields.text("clause", true);
    if (clause != null && !pack.hasClause(clause)) {
      fields.problem("clause", "names no clause of this pack: " + clause);
      clause = null;
    }
    Integer target = fields.integer("outboundPerDay", true, 1);
    List<String> positions =
        fields.texts("positions", true, p -> p.matches("[A-Z][A-Z_]*"), "a position code");
    if (clause == null || target == null || positions.isEmpty()) {
      return null;
    }
    return new CallTargets(clause, target, positions);
  }
}
