package kefu.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A pack's YAML was refused; {@link #problems()} lists every problem found, by line. */
public class PolicyPackInvalidException extends RuntimeException {
  private final String sourceName;
  private final transient List<PackProblem> problems;

  public PolicyPackInvalidException(String sourceName, List<PackProblem> problems) {
    super(
        sourceName
            + " is not a valid policy pack:\n"
            + problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
    this.sourceName = sourceName;
    this.problems = List.copyOf(problems);
  }

  public String sourceName() {
    return sourceName;
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
