package kefu.service.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recordings as files: written whole, read by range, kept inside their folder. */
class FolderRecordingStoreTest {

  @TempDir Path root;

  @Test
  void a_stored_recording_reads_back_whole_and_by_range() throws IOException {
    RecordingStore store = new FolderRecordingStore(root);
    byte[] audio = AudioTypesTest.wav();
    store.put("callbacks/1/a.wav", new ByteArrayInputStream(audio), audio.length, "audio/wav");

    try (InputStream all = store.open("callbacks/1/a.wav", 0, audio.length);
        InputStream middle = store.open("callbacks/1/a.wav", 4, 4)) {
      assertThat(all.readAllBytes()).isEqualTo(audio);
      assertThat(middle.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(audio, 4, 8));
    }
    store.delete("callbacks/1/a.wav");
    assertThat(root.resolve("callbacks/1/a.wav")).doesNotExist();
  }

  @Test
  void a_short_upload_leaves_no_file_behind() {
    RecordingStore store = new FolderRecordingStore(root);

    assertThatThrownBy(
            () ->
                store.put(
                    "callbacks/2/b.wav", new ByteArrayInputStream(new byte[3]), 10, "audio/wav"))
        .isInstanceOf(IOException.class);
    assertThat(root.resolve("callbacks/2/b.wav")).doesNotExist();
  }

  @Test
  void a_key_that_climbs_out_of_the_folder_is_refused() throws IOException {
    RecordingStore store = new FolderRecordingStore(root.resolve("inner"));
    Files.createDirectories(root.resolve("inner"));

    assertThatThrownBy(() -> store.open("../outside.wav", 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
