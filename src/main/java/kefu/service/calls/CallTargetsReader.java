package kefu.service.calls;

import java.util.List;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/** Reads a pack's {@code callTargets}: its clause, the daily outbound target and the seat posts. */
public final class CallTargetsReader extends MappingSectionReader<CallTargets> {

  public CallTargetsReader() {
    super("callTargets", CallTargets.class, "clause", "outboundPerDay", "positions");
  }

  @Override
  protected CallTargets readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
    Integer target = fields.integer("outboundPerDay", true, 1);
    List<String> positions =
        fields.texts("positions", true, p -> p.matches("[A-Z][A-Z_]*"), "a position code");
    if (clause == null || target == null || positions.isEmpty()) {
      return null;
    }
    return new CallTargets(clause, target, positions);
  }
}
