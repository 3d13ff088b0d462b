package kefu.compliance;

import java.util.List;
import java.util.Optional;

/** The {@code deadlines} section of a pack: when its compliance work is due, by code. */
public record Deadlines(List<Deadline> all) {
  public Deadlines {
    all = List.copyOf(all);
  }

  public Optional<Deadline> byCode(String code) {
    return all.stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
