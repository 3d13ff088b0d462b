package kefu.service.callback;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where recordings' bytes live, outside the database: a folder ({@link FolderRecordingStore}) or an
 * S3-compatible bucket ({@link S3RecordingStore}). Keys are made by Kefu ({@code
 * callbacks/<id>/<uuid>.<ext>}); a key is written once and never overwritten.
 */
interface RecordingStore {

  /** Stores exactly {@code bytes} bytes under the key. */
  void put(String key, InputStream content, long bytes, String contentType) throws IOException;

  /** {@code length} bytes from {@code offset}; the caller closes the stream. */
  InputStream open(String key, long offset, long length) throws IOException;

  /** Removes the key; nothing happens when it is not there. */
  void delete(String key) throws IOException;
}
