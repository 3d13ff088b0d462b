package kefu.policy;

import org.springframework.modulith.NamedInterface;

/**
 * A {@link PackSectionReader} for a section that is one mapping: the reader names its key, its type
 * and the fields the mapping may have; the mapping is looked up here (a problem and null when it is
 * not one), any other field reported, and the fields handed to {@link #readSection}.
 *
 * @param <T> what the section reads as
 */
@NamedInterface("spi")
public abstract class MappingSectionReader<T> implements PackSectionReader<T> {

  private final String key;
  private final Class<T> type;
  private final String[] allowed;

  protected MappingSectionReader(String key, Class<T> type, String... allowed) {
    this.key = key;
    this.type = type;
    this.allowed = allowed;
  }

  @Override
  public final String key() {
    return key;
  }

  @Override
  public final Class<T> type() {
    return type;
  }

  @Override
  public final T read(YamlFields top, PackOutline pack) {
    YamlFields fields = top.object(key, true);
    if (fields == null) {
      return null;
    }
    fields.allowOnly(allowed);
    return readSection(fields, pack);
  }

  /** Reads the section's own fields, as {@link #read} promises: null when there was a problem. */
  protected abstract T readSection(YamlFields fields, PackOutline pack);
}
