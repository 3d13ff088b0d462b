package kefu.policy;

/** One thing wrong with a pack's YAML: the line (1-based), the field path, and what is wrong. */
public record PackProblem(int line, String field, String message) {
  @Override
  public String toString() {
    return "line " + line + ", " + field + ": " + message;
  }
}
