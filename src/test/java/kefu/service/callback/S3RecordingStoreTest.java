package kefu.service.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Recordings in a real S3 server: s3proxy (an S3 API over an in-memory blob store), started from
 * its self-contained jar in a JVM of its own (Maven copies it to target/s3proxy), reached the way a
 * deployment reaches MinIO, OSS or COS: endpoint, region, bucket, keys, path-style addresses.
 */
class S3RecordingStoreTest {

  static final String IDENTITY = "kefu-test";
  static final String SECRET = "kefu-test-secret";
  static final String BUCKET = "recordings";

  static Process server;
  static String endpoint;

  @BeforeAll
  static void startS3Server() throws Exception {
    Path jar = Path.of("target/s3proxy/s3proxy.jar");
    assertThat(jar).as("copied by the maven-dependency-plugin in generate-test-resources").exists();
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    endpoint = "http://127.0.0.1:" + port;
    Path properties = Files.createTempFile("s3proxy", ".properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=" + endpoint,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + IDENTITY,
            "s3proxy.credential=" + SECRET,
            "jclouds.provider=transient",
            "jclouds.identity=" + IDENTITY,
            "jclouds.credential=" + SECRET,
            ""));
    String java = ProcessHandle.current().info().command().orElse("java");
    server =
        new ProcessBuilder(
                java, "-Xmx128m", "-jar", jar.toString(), "--properties", properties.toString())
            .redirectErrorStream(true)
            .redirectOutput(Files.createTempFile("s3proxy", ".log").toFile())
            .start();
    awaitPort(port, Duration.ofSeconds(60));
    try (S3Client s3 = client()) {
      s3.createBucket(b -> b.bucket(BUCKET));
    }
  }

  /** Until the server accepts connections (or has died, or the time is up). */
  private static void awaitPort(int port, Duration patience) throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      assertThat(server.isAlive()).as("s3proxy is running").isTrue();
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("s3proxy did not start listening on " + port);
  }

  @AfterAll
  static void stopS3Server() {
    if (server != null) {
      server.destroy();
    }
  }

  static S3Client client() {
    return RecordingConfig.s3Client(endpoint, "us-east-1", IDENTITY, SECRET, true);
  }

  /** The store as configuration chooses it: {@code kefu.recordings.store=s3}. */
  static RecordingStore configured() {
    return new RecordingConfig()
        .recordingStore("s3", "unused", endpoint, "us-east-1", BUCKET, IDENTITY, SECRET, true);
  }

  static byte[] audio(int size) {
    byte[] audio = new byte[size];
    for (int i = 0; i < size; i++) {
      audio[i] = (byte) (i % 251);
    }
    System.arraycopy(AudioTypesTest.wav(), 0, audio, 0, 12);
    return audio;
  }

  @Test
  void configuration_chooses_the_s3_store_and_a_recording_reads_back_whole_and_by_range()
      throws IOException {
    RecordingStore store = configured();
    assertThat(store).isInstanceOf(S3RecordingStore.class);
    byte[] audio = audio(200_000);

    store.put("callbacks/7/a.wav", new ByteArrayInputStream(audio), audio.length, "audio/wav");

    try (InputStream whole = store.open("callbacks/7/a.wav", 0, audio.length);
        InputStream middle = store.open("callbacks/7/a.wav", 150_000, 10)) {
      assertThat(whole.readAllBytes()).isEqualTo(audio);
      assertThat(middle.readAllBytes()).isEqualTo(Arrays.copyOfRange(audio, 150_000, 150_010));
    }
    try (S3Client s3 = client()) {
      assertThat(s3.headObject(b -> b.bucket(BUCKET).key("callbacks/7/a.wav")).contentType())
          .isEqualTo("audio/wav");
    }
  }

  @Test
  void a_deleted_recording_is_gone_from_the_bucket() throws IOException {
    RecordingStore store = configured();
    byte[] audio = audio(1_000);
    store.put("callbacks/8/b.wav", new ByteArrayInputStream(audio), audio.length, "audio/wav");

    store.delete("callbacks/8/b.wav");

    assertThatThrownBy(() -> store.open("callbacks/8/b.wav", 0, 10).close())
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void an_unknown_store_kind_stops_the_start_with_its_name() {
    assertThatThrownBy(
            () ->
                new RecordingConfig()
                    .recordingStore("ftp", "x", "", "us-east-1", BUCKET, "", "", true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ftp");
  }
}
