package kefu.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Stored versions parsed once. A version's text never changes after it is stored, so a parse is
 * valid for the life of the process and the cache needs no eviction beyond its (small) size.
 */
@Component
class ParsedPacks {
  private final PolicyPackParser parser = new PolicyPackParser();
  private final Map<PackRef, PolicyPack> cache = new ConcurrentHashMap<>();

  PolicyPack of(PackVersion version) {
    return cache.computeIfAbsent(
        version.ref(), ref -> parser.parse(version.yaml(), ref.toString()));
  }

  /** The parsed version; {@code load} reads its text only when it is not parsed yet. */
  PolicyPack of(PackRef ref, Supplier<PackVersion> load) {
    PolicyPack pack = cache.get(ref);
    return pack != null ? pack : of(load.get());
  }

  PolicyPackParser parser() {
    return parser;
  }
}
