package kefu.policy;

import org.springframework.modulith.NamedInterface;

/**
 * Reads one top-level section of a pack that is not about incidents (the deadlines of compliance
 * work today; quotas, SLA timers, scorecards, rewards, pay and the ladder next), for the module
 * that owns that section. The parser keeps the pack, clause and type structure; it hands each
 * section it finds to the reader owning its key and reports any top-level key no reader owns.
 *
 * <p>Readers are found with {@link java.util.ServiceLoader}: a module lists its reader in {@code
 * META-INF/services/kefu.policy.PackSectionReader}, so every parser, with or without Spring, reads
 * the same packs. A reader is stateless and has a public no-argument constructor.
 *
 * @param <T> what the section reads as; the pack answers it by this type ({@link
 *     PolicyPack#section(Class)})
 */
@NamedInterface("spi")
public interface PackSectionReader<T> {

  /** The top-level YAML key this reader owns, e.g. {@code deadlines}. */
  String key();

  /** The type the section reads as; each reader's own. */
  Class<T> type();

  /**
   * Reads the section under {@link #key()} of {@code top}, reporting every problem on the fields
   * (with their line and path) and answering null when there was any; called only when the key is
   * present, after the clauses and types are read.
   */
  T read(YamlFields top, PackOutline pack);
}
