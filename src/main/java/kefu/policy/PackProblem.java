package kefu.policy;

import org.springframework.modulith.NamedInterface;

/** One thing wrong with a pack's YAML: the line (1-based), the field path, and what is wrong. */
@NamedInterface("spi")
public record PackProblem(int line, String field, String message) {
  @Override
  public String toString() {
    return "line " + line + ", " + field + ": " + message;
  }
}
