package kefu.policy;

import java.util.List;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;

/**
 * A pack's YAML was refused: every problem with its line and field, so the editor can point at each
 * one. Nothing was stored.
 */
public class InvalidPack extends BadInput {
  private final transient List<PackProblem> packProblems;

  public InvalidPack(List<PackProblem> problems) {
    super(
        "policy.invalid",
        problems.stream()
            .map(p -> new FieldProblem(p.field(), "line " + p.line() + ": " + p.message()))
            .toList());
    this.packProblems = List.copyOf(problems);
  }

  public List<PackProblem> packProblems() {
    return packProblems;
  }
}
