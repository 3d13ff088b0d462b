package kefu.service.calls.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.platform.BadInput;
import kefu.service.calls.CallImports;
import kefu.service.calls.DailyCalls;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Call records over REST, as API.md states them. */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls")
record CallApi(CallImports imports, DailyCalls daily, CurrentUser currentUser) {

  @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Import a telephony export (CSV or xlsx), all rows or none",
      description =
          "Columns: agent code, start, duration seconds, direction, customer number, outcome;"
              + " the first row is the header. Answers at once; watch the import with GET.")
  Map<String, Long> start(@RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    AccessScope scope = currentUser.writer();
    if (file == null || file.isEmpty()) {
      throw new BadInput("file", "validation.required");
    }
    try (InputStream in = file.getInputStream()) {
      return Map.of("id", imports.start(scope, file.getOriginalFilename(), in));
    }
  }

  @GetMapping("/imports/{id}")
  CallImports.Status status(@PathVariable long id) {
    return imports.status(currentUser.scope(), id);
  }

  @GetMapping("/daily")
  List<DailyCalls.Line> daily(
      @RequestParam(required = false) String storeCode, @RequestParam LocalDate date) {
    return daily.day(currentUser.scope(), storeCode, date);
  }
}
