package kefu.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.NotFound;
import kefu.service.callback.Callback;
import kefu.service.callback.CallbackKind;
import kefu.service.callback.CallbackResult;
import kefu.service.callback.Callbacks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Callbacks and their recordings over REST, as API.md states them. */
@RestController
@RequestMapping("/api/v1/callbacks")
@Tag(name = "Service records")
class CallbackApi {

  private final Callbacks callbacks;
  private final CurrentUser currentUser;
  private final Organization organization;

  CallbackApi(Callbacks callbacks, CurrentUser currentUser, Organization organization) {
    this.callbacks = callbacks;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  /** A callback as the API shows it: the customer's number masked unless unmasked on request. */
  record CallbackView(
      long id,
      String storeCode,
      String employeeCode,
      CallbackKind kind,
      OffsetDateTime calledAt,
      String customerName,
      String customerPhone,
      CallbackResult result,
      String reportedData,
      boolean hasRecording,
      String recordingType,
      Long recordingBytes) {
    static CallbackView of(Callback c, ZoneId zone, boolean unmasked) {
      return new CallbackView(
          c.id(),
          c.storeCode(),
          c.employeeCode(),
          c.kind(),
          c.calledAt().atZone(zone).toOffsetDateTime(),
          c.customerName(),
          unmasked ? c.customerPhone() : c.maskedPhone(),
          c.result(),
          c.reportedData(),
          c.hasRecording(),
          c.hasRecording() ? c.recording().contentType() : null,
          c.hasRecording() ? c.recording().bytes() : null);
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CallbackView record(@RequestBody Callbacks.NewCallback body) {
    return view(callbacks.record(currentUser.writer(), body), false);
  }

  @GetMapping
  @Operation(summary = "A month's callbacks, of one store or of all the caller may see")
  List<CallbackView> list(
      @RequestParam YearMonth month, @RequestParam(required = false) String storeCode) {
    return callbacks.list(currentUser.scope(), storeCode, month).stream()
        .map(c -> view(c, false))
        .toList();
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One callback",
      description =
          "`unmask=true` (ADMIN and GROUP_CS only) answers the customer's full number and writes"
              + " the view to the audit log; everyone else, and every other call, sees it masked.")
  CallbackView get(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unmask) {
    if (unmask) {
      return view(callbacks.unmasked(currentUser.scope(), id), true);
    }
    return view(callbacks.get(currentUser.scope(), id), false);
  }

  @PutMapping(value = "/{id}/recording", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload the callback's recording",
      description =
          "Multipart field `file`. The file must be audio by its first bytes (WAV, MP3, AAC, Ogg,"
              + " FLAC, AMR, MP4 audio, WebM): anything else is 400; a file over the configured"
              + " limit (`kefu.recordings.max-bytes`, 50 MB by default) is 413.")
  CallbackView upload(
      @PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null) {
      throw new BadInput("file", "validation.required");
    }
    return view(
        callbacks.attachRecording(
            currentUser.writer(), id, new Callbacks.Upload(file.getSize(), file.getInputStream())),
        false);
  }

  @GetMapping("/{id}/recording")
  @Operation(
      summary = "Stream the callback's recording",
      description = "Honours a single HTTP `Range` (206 with `Content-Range`; 416 when outside).")
  void recording(
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
      HttpServletResponse response)
      throws IOException {
    stream(callbacks, callbacks.get(currentUser.scope(), id), range, response);
  }

  /**
   * Writes the recording, or the one byte range asked for, to the response. Several ranges at once
   * are answered with the whole file, as HTTP allows.
   */
  static void stream(
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

  private CallbackView view(Callback c, boolean unmasked) {
    return CallbackView.of(c, organization.zone(), unmasked);
  }
}
