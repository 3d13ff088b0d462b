package kefu.compliance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kefu.compliance.ComplianceWork;
import kefu.compliance.ComplianceWork.WorkRow;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.ExcelExport;
import kefu.platform.FieldRefusal;
import kefu.platform.InputRules;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A store's month of compliance work as a calendar grid (day × daily work, the rest listed below),
 * with submit, notice and attach from a chosen cell; group CS's view of every store side by side;
 * the grid as Excel.
 */
@Controller
record ComplianceController(
    ComplianceWork work, CurrentUser currentUser, Organization organization, ExcelExport excel) {

  /** One day of the grid: its date and its cell per daily deadline (null: nothing owed). */
  record GridDay(LocalDate day, List<WorkRow> cells) {}

  @GetMapping("/compliance")
  String month(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String deadline,
      @RequestParam(required = false) String day,
      Model model,
      Locale locale) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month(month);
    String store = storeCode(scope, storeCode);
    model.addAttribute("month", m);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("storeCode", store);
    model.addAttribute("canWrite", scope.canWrite());
    if (store == null) {
      model.addAttribute("days", List.of());
      model.addAttribute("columns", List.of());
      model.addAttribute("others", List.of());
      return "compliance/month";
    }
    List<WorkRow> rows = work.month(scope, store, m);
    Map<String, String> columns = new LinkedHashMap<>();
    rows.stream()
        .filter(WorkRow::daily)
        .forEach(r -> columns.putIfAbsent(r.deadline(), r.label().in(locale)));
    List<GridDay> days = new ArrayList<>();
    for (int d = 1; d <= m.lengthOfMonth(); d++) {
      LocalDate date = m.atDay(d);
      List<WorkRow> cells = new ArrayList<>();
      for (String code : columns.keySet()) {
        cells.add(
            rows.stream()
                .filter(r -> r.daily() && r.deadline().equals(code) && r.periodStart().equals(date))
                .findFirst()
                .orElse(null));
      }
      days.add(new GridDay(date, cells));
    }
    model.addAttribute("columns", List.copyOf(columns.values()));
    model.addAttribute("days", days);
    model.addAttribute("others", rows.stream().filter(r -> !r.daily()).toList());
    model.addAttribute("zone", organization.zone());
    rows.stream()
        .filter(r -> r.deadline().equals(deadline) && r.periodStart().toString().equals(day))
        .findFirst()
        .ifPresent(r -> model.addAttribute("chosen", r));
    return "compliance/month";
  }

  @PostMapping("/compliance/submissions")
  String submit(
      @RequestParam String storeCode,
      @RequestParam String deadline,
      @RequestParam String periodDay,
      @RequestParam(required = false) String submittedAt,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return change(
        redirect,
        storeCode,
        periodDay,
        () -> {
          ComplianceWork.SubmissionParams params =
              new ComplianceWork.SubmissionParams(
                  storeCode, deadline, day(periodDay), at("submittedAt", submittedAt), note);
          if (file == null || file.isEmpty()) {
            work.submit(scope, params);
          } else {
            try {
              work.submitWithFile(
                  scope,
                  params,
                  file.getOriginalFilename(),
                  file.getContentType(),
                  file.getSize(),
                  file.getInputStream());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return "compliance.submitted";
        });
  }

  @PostMapping("/compliance/notices")
  String notice(
      @RequestParam String storeCode,
      @RequestParam String deadline,
      @RequestParam String periodDay,
      @RequestParam(required = false) String givenAt,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return change(
        redirect,
        storeCode,
        periodDay,
        () ->
            work.notice(
                        scope,
                        new ComplianceWork.NoticeParams(
                            storeCode, deadline, day(periodDay), at("givenAt", givenAt), reason))
                    .excuses()
                ? "compliance.noticed"
                : "compliance.noticedLate");
  }

  /**
   * Runs a change made from the grid and goes back to the month: the next page says what was done
   * (the message key the change answers), or why it was refused.
   */
  private String change(
      RedirectAttributes redirect,
      String storeCode,
      String periodDay,
      java.util.function.Supplier<String> change) {
    try {
      redirect.addFlashAttribute("message", change.get());
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return back(storeCode, periodDay);
  }

  @GetMapping("/compliance/group")
  String group(@RequestParam(required = false) String month, Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month(month);
    model.addAttribute("month", m);
    model.addAttribute("stores", work.overview(scope, m));
    return "compliance/group";
  }

  @GetMapping("/compliance/export.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam String storeCode, @RequestParam String month, Locale locale) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month(month);
    ZoneId zone = organization.zone();
    List<List<Object>> rows = new ArrayList<>();
    for (WorkRow r : work.month(scope, storeCode, m)) {
      rows.add(
          List.of(
              r.label().in(locale) + " (" + r.deadline() + ")",
              r.periodStart(),
              r.dueAt().atZone(zone).toLocalDateTime().toString().replace('T', ' '),
              r.status().name(),
              r.employeeCode() == null ? "" : r.employeeCode(),
              r.incidentId() == null ? "" : r.incidentId()));
    }
    return excel.download(
        "compliance-" + storeCode + "-" + m + ".xlsx",
        "compliance.sheet",
        List.of(
            "compliance.deadline",
            "compliance.periodStart",
            "compliance.dueAt",
            "compliance.status",
            "compliance.employee",
            "compliance.incident"),
        rows);
  }

  private String back(String storeCode, String periodDay) {
    String month = periodDay == null || periodDay.length() < 7 ? null : periodDay.substring(0, 7);
    return "redirect:"
        + UriComponentsBuilder.fromPath("/compliance")
            .queryParam("storeCode", storeCode)
            .queryParam("month", month)
            .build()
            .encode()
            .toUriString();
  }

  private String storeCode(AccessScope scope, String storeCode) {
    if (storeCode != null && !storeCode.isBlank()) {
      return organization.store(scope, storeCode.trim()).getCode();
    }
    return scope
        .confinedToStore()
        .flatMap(
            id ->
                organization.visibleStores(scope).stream()
                    .filter(s -> s.getId().equals(id))
                    .findFirst())
        .map(s -> s.getCode())
        .orElse(null);
  }

  private YearMonth month(String month) {
    if (month == null || month.isBlank()) {
      return YearMonth.from(organization.today());
    }
    try {
      return YearMonth.parse(month.trim());
    } catch (DateTimeParseException e) {
      throw new BadInput("month", "compliance.month");
    }
  }

  private static LocalDate day(String day) {
    return InputRules.time("periodDay", LocalDate.class, day);
  }

  private OffsetDateTime at(String field, String text) {
    return InputRules.time(field, text, organization.zone());
  }
}
