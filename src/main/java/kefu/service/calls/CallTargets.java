package kefu.service.calls;

import java.util.List;

/**
 * The {@code callTargets} section of a pack: the outbound calls a seat makes a day, and which posts
 * count as seats.
 */
public record CallTargets(String clause, int outboundPerDay, List<String> positions) {
  public CallTargets {
    positions = List.copyOf(positions);
  }
}
