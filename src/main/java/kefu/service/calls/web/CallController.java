package kefu.service.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.ExcelExport;
import kefu.service.calls.CallImports;
import kefu.service.calls.CallRecords;
import kefu.service.calls.DailyCalls;
import kefu.service.web.TablePdf;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The daily outbound report, a store's call records of a day as Excel or PDF (numbers masked), and
 * the call import with its progress.
 */
@Controller
record CallController(
    DailyCalls daily,
    CallImports imports,
    CallRecords records,
    CurrentUser currentUser,
    Organization organization,
    ExcelExport excel,
    TablePdf pdf,
    MessageSource messages) {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @GetMapping("/calls/daily")
  String daily(
      @RequestParam(required = false) LocalDate date,
      @RequestParam(required = false) String storeCode,
      Model model) {
    AccessScope scope = currentUser.scope();
    LocalDate d = date == null ? organization.today() : date;
    model.addAttribute(
        "lines",
        daily.day(scope, storeCode, d).stream()
            .sorted(java.util.Comparator.comparingLong(DailyCalls.Line::shortfall).reversed())
            .toList());
    model.addAttribute("date", d);
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("stores", organization.visibleStores(scope));
    String own = organization.codes(scope).storeCode();
    model.addAttribute(
        "exportStore", storeCode == null || storeCode.isBlank() ? own : storeCode.trim());
    return "service-cases/daily";
  }

  /** The store's call records of the day as a workbook; customer numbers masked. */
  @GetMapping("/calls/export.xlsx")
  ResponseEntity<byte[]> excel(
      @RequestParam LocalDate date, @RequestParam(required = false) String storeCode) {
    return excel.download(
        "calls-" + date + ".xlsx", "service.call.sheet", HEADERS, rows(storeCode, date));
  }

  /** The same as a PDF. */
  @GetMapping("/calls/export.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam LocalDate date, @RequestParam(required = false) String storeCode) {
    String title =
        messages.getMessage(
            "service.call.sheet",
            null,
            org.springframework.context.i18n.LocaleContextHolder.getLocale());
    return pdf.download(
        "calls-" + date + ".pdf", title + " " + date, HEADERS, rows(storeCode, date));
  }

  private static final List<String> HEADERS =
      List.of(
          "service.complaint.employee",
          "service.call.startedAt",
          "service.call.duration",
          "service.call.direction",
          "service.call.customerNumber",
          "service.call.outcome");

  private List<List<Object>> rows(String storeCode, LocalDate date) {
    ZoneId zone = organization.zone();
    return records.day(currentUser.scope(), storeCode, date).stream()
        .map(
            r ->
                Arrays.<Object>asList(
                    r.employeeCode(),
                    MINUTE.format(r.startedAt().atZone(zone)),
                    r.durationSeconds(),
                    r.direction(),
                    r.customerNumber(),
                    r.outcome()))
        .toList();
  }

  @GetMapping("/calls/imports/new")
  String form() {
    currentUser.writer();
    return "service-cases/import";
  }

  @PostMapping("/calls/imports")
  String start(@RequestParam(required = false) MultipartFile file) throws IOException {
    AccessScope scope = currentUser.writer();
    if (file == null || file.isEmpty()) {
      throw new BadInput("file", "validation.required");
    }
    try (InputStream in = file.getInputStream()) {
      return "redirect:/calls/imports/" + imports.start(scope, file.getOriginalFilename(), in);
    }
  }

  @GetMapping("/calls/imports/{id}")
  String status(@PathVariable long id, Model model) {
    model.addAttribute("importStatus", imports.status(currentUser.scope(), id));
    return "service-cases/import";
  }
}
