package kefu.service.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Audio is recognised by its first bytes; a declared type or a name plays no part. */
class AudioTypesTest {

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A minimal WAV header: RIFF, a size, WAVE, then the format chunk's start. */
  static byte[] wav() {
    return ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ");
  }

  @Test
  void common_recording_formats_are_recognised_by_their_header() {
    assertThat(AudioTypes.sniff(wav())).contains("audio/wav");
    assertThat(AudioTypes.sniff(ascii("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000")))
        .contains("audio/mpeg");
    assertThat(AudioTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0}))
        .contains("audio/mpeg");
    assertThat(AudioTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80}))
        .contains("audio/aac");
    assertThat(AudioTypes.sniff(ascii("OggS\u0000\u0002"))).contains("audio/ogg");
    assertThat(AudioTypes.sniff(ascii("fLaC\u0000\u0000"))).contains("audio/flac");
    assertThat(AudioTypes.sniff(ascii("#!AMR\n"))).contains("audio/amr");
    assertThat(AudioTypes.sniff(ascii("\u0000\u0000\u0000\u0020ftypM4A "))).contains("audio/mp4");
    assertThat(AudioTypes.sniff(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0}))
        .contains("audio/webm");
  }

  @Test
  void text_images_and_documents_are_not_audio() {
    assertThat(AudioTypes.sniff(ascii("hello, this is text"))).isEmpty();
    assertThat(AudioTypes.sniff(ascii("%PDF-1.7\n"))).isEmpty();
    assertThat(AudioTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A})).isEmpty();
    assertThat(AudioTypes.sniff(ascii("RIFF\u0024\u0000\u0000\u0000AVI LIST"))).isEmpty();
    assertThat(AudioTypes.sniff(new byte[0])).isEmpty();
  }
}
