package kefu.service.callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Recordings as files under one folder ({@code ./data/recordings} by default). A file appears under
 * its key only once it is complete: it is written beside it and moved into place.
 */
final class FolderRecordingStore implements RecordingStore {

  private final Path root;

  FolderRecordingStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, InputStream content, long bytes, String contentType)
      throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
    try {
      long copied = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
      if (copied != bytes) {
        throw new IOException("expected " + bytes + " bytes, got " + copied);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public InputStream open(String key, long offset, long length) throws IOException {
    FileChannel channel = FileChannel.open(resolve(key), StandardOpenOption.READ);
    channel.position(offset);
    return new BoundedStream(Channels.newInputStream(channel), length);
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(resolve(key));
  }

  /** The key's file, which must stay inside the root folder. */
  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("key outside the recording folder: " + key);
    }
    return path;
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedStream(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(buffer, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
