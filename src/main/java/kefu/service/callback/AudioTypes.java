package kefu.service.callback;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises audio by its first bytes, never by the name or type the uploader declared: WAV, MP3
 * (with or without an ID3 tag), AAC, Ogg, FLAC, AMR (common in telephony), MP4 audio and WebM.
 */
public final class AudioTypes {

  /** How many leading bytes {@link #sniff} looks at. */
  public static final int HEAD_BYTES = 12;

  private AudioTypes() {}

  /** The audio type the header shows, if it shows one. */
  public static Optional<String> sniff(byte[] head) {
    if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
      return Optional.of("audio/wav");
    }
    if (startsWith(head, 0, "ID3")) {
      return Optional.of("audio/mpeg");
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
      // a frame sync: layer bits 00 are ADTS AAC, anything else an MPEG audio frame
      return Optional.of((head[1] & 0x06) == 0 ? "audio/aac" : "audio/mpeg");
    }
    if (startsWith(head, 0, "OggS")) {
      return Optional.of("audio/ogg");
    }
    if (startsWith(head, 0, "fLaC")) {
      return Optional.of("audio/flac");
    }
    if (startsWith(head, 0, "#!AMR")) {
      return Optional.of("audio/amr");
    }
    if (startsWith(head, 4, "ftyp")) {
      return Optional.of("audio/mp4");
    }
    if (head.length >= 4
        && Arrays.equals(
            Arrays.copyOf(head, 4), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
      return Optional.of("audio/webm");
    }
    return Optional.empty();
  }

  /** The file extension the store keeps a recording of this type under. */
  static String extension(String type) {
    return switch (type) {
      case "audio/wav" -> "wav";
      case "audio/mpeg" -> "mp3";
      case "audio/aac" -> "aac";
      case "audio/ogg" -> "ogg";
      case "audio/flac" -> "flac";
      case "audio/amr" -> "amr";
      case "audio/mp4" -> "m4a";
      default -> "webm";
    };
  }

  private static boolean startsWith(byte[] head, int at, String ascii) {
    byte[] want = ascii.getBytes(StandardCharsets.US_ASCII);
    if (head.length < at + want.length) {
      return false;
    }
    return Arrays.equals(Arrays.copyOfRange(head, at, at + want.length), want);
  }
}
