package kefu.service.spotcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which callbacks a spot check listens to (SPEC §8.2): the store's callbacks of the month ordered
 * by id, shuffled with the check's seed, the first {@code size} of them. {@link Random} is fully
 * specified by its seed, so the same seed over the same callbacks draws the same sample on every
 * machine and release.
 */
public final class SpotCheckSample {

  private SpotCheckSample() {}

  /** The sample in the order it was drawn; all of them when there are no more than {@code size}. */
  public static List<Long> draw(Collection<Long> callbackIds, int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("a sample holds at least one callback");
    }
    List<Long> ordered = new ArrayList<>(callbackIds.stream().distinct().sorted().toList());
    Collections.shuffle(ordered, new Random(seed));
    return List.copyOf(ordered.subList(0, Math.min(size, ordered.size())));
  }
}
