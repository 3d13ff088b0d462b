package kefu.service.callback;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import kefu.platform.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;

/**
 * A recording sent to a browser's audio player or an API client: whole, or the single byte range
 * asked for (206 with {@code Content-Range}; 416 outside the file), streamed from the store.
 */
public final class RecordingResponse {

  private RecordingResponse() {}

  /**
   * Writes the recording, or the one byte range asked for, to the response. Several ranges at once
   * are answered with the whole file, as HTTP allows.
   */
  public static void write(
      Callbacks callbacks, Callback callback, String range, HttpServletResponse response)
      throws IOException {
    if (!callback.hasRecording()) {
      throw new NotFound("recording of callback " + callback.id());
    }
    long size = callback.recording().bytes();
    long start = 0;
    long end = size - 1;
    response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    if (range != null) {
      try {
        List<HttpRange> ranges = HttpRange.parseRanges(range);
        if (ranges.size() == 1) {
          start = ranges.get(0).getRangeStart(size);
          end = ranges.get(0).getRangeEnd(size);
          if (start >= size || start > end) {
            throw new IllegalArgumentException("range outside the recording");
          }
          response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
          response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
        }
      } catch (IllegalArgumentException outside) {
        response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
        response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
        return;
      }
    }
    long length = end - start + 1;
    response.setContentType(callback.recording().contentType());
    response.setContentLengthLong(length);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    try (InputStream in = callbacks.openRecording(callback.recording(), start, length)) {
      OutputStream out = response.getOutputStream();
      in.transferTo(out);
      out.flush();
    }
  }
}
