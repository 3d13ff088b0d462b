package kefu.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.service.callback.Callback;
import kefu.service.callback.CallbackKind;
import kefu.service.callback.CallbackResult;
import kefu.service.callback.Callbacks;
import kefu.service.callback.RecordingResponse;
import org.springframework.http.HttpHeaders;
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
record CallbackApi(Callbacks callbacks, CurrentUser currentUser, Organization organization) {

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
    RecordingResponse.write(callbacks, callbacks.get(currentUser.scope(), id), range, response);
  }

  private CallbackView view(Callback c, boolean unmasked) {
    return CallbackView.of(c, organization.zone(), unmasked);
  }
}
