package kefu.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why a statement line says what it says, as a message key and its arguments ({@code
 * note.asFallback|STORE_MANAGER|CS_MANAGER}), so the engine stays free of language and every reader
 * sees the note in their own. Arguments are codes and numbers, never free text.
 */
public final class Note {

  private static final String PREFIX = "note.";
  private static final String SEPARATOR = "|";

  /** A parsed note: the message key (without the prefix) and its arguments. */
  public record Parsed(String key, List<String> args) {}

  private Note() {}

  public static String of(String key, Object... args) {
    return Stream.concat(Stream.of(PREFIX + key), Arrays.stream(args).map(String::valueOf))
        .collect(Collectors.joining(SEPARATOR));
  }

  /** The key and arguments of a note made by {@link #of}; empty for any other text. */
  public static Optional<Parsed> parse(String note) {
    if (note == null || !note.startsWith(PREFIX)) {
      return Optional.empty();
    }
    List<String> parts = Arrays.asList(note.substring(PREFIX.length()).split("\\|", -1));
    return Optional.of(new Parsed(parts.get(0), parts.subList(1, parts.size())));
  }
}
