package kefu.service.cases.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.ExcelExport;
import kefu.platform.FieldProblem;
import kefu.platform.FieldRefusal;
import kefu.platform.InputRules;
import kefu.service.cases.Complaint;
import kefu.service.cases.ComplaintKind;
import kefu.service.cases.Complaints;
import kefu.service.web.RecordPages;
import kefu.service.web.TablePdf;
import kefu.shared.PhoneNumbers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Complaint pages beside the list: the entry form (refusals at their fields), a complaint's page
 * with its response times, breaches and history and a form per step, and the month's list as Excel
 * and PDF with customer numbers masked.
 */
@Controller
record ComplaintPages(
    Complaints complaints,
    CurrentUser currentUser,
    Organization organization,
    ExcelExport excel,
    TablePdf pdf,
    MessageSource messages) {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The steps a complaint's page offers, in the words of the API path. */
  static final List<String> STEPS =
      List.of("acknowledge", "pause", "resume", "resolve", "close", "report-to-group");

  /** The entry form as typed: every field a text, checked when saved. */
  record ComplaintForm(
      String storeCode,
      String employeeCode,
      String kind,
      String receivedAt,
      String urgent,
      String important,
      String customerName,
      String customerPhone,
      String summary) {
    static ComplaintForm empty() {
      return new ComplaintForm(null, null, "COMPLAINT", null, null, null, null, null, null);
    }
  }

  @GetMapping("/complaints/new")
  String newForm(Model model) {
    currentUser.writer();
    return form(model, ComplaintForm.empty(), List.of());
  }

  @PostMapping("/complaints")
  String create(ComplaintForm form, Model model, RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return RecordPages.saveOrShow(
        () -> {
          Complaint saved =
              complaints.receive(
                  scope,
                  new Complaints.NewComplaint(
                      form.storeCode(),
                      form.employeeCode(),
                      form.kind(),
                      InputRules.time("receivedAt", form.receivedAt(), complaints.zone()),
                      form.urgent() != null,
                      form.important() != null,
                      form.customerName(),
                      form.customerPhone(),
                      form.summary()));
          redirect.addFlashAttribute("message", "service.complaint.saved");
          return "redirect:/complaints/" + saved.getId();
        },
        problems -> form(model, form, problems));
  }

  private String form(Model model, ComplaintForm form, List<FieldProblem> problems) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute(
        "stores",
        organization.visibleStores(scope).stream().filter(s -> !s.isHeadOffice()).toList());
    model.addAttribute("kinds", ComplaintKind.values());
    return "service-cases/complaint-form";
  }

  @GetMapping("/complaints/{id}")
  String detail(@PathVariable long id, Model model) {
    return detail(complaints.get(currentUser.scope(), id), false, model);
  }

  /** The page with the customer's full number: an explicit view, written to the audit log. */
  @PostMapping("/complaints/{id}/unmask")
  String unmask(@PathVariable long id, Model model) {
    return detail(complaints.unmasked(currentUser.scope(), id), true, model);
  }

  private String detail(Complaint c, boolean unmasked, Model model) {
    AccessScope scope = currentUser.scope();
    ZoneId zone = complaints.zone();
    model.addAttribute("complaint", c);
    RecordPages.phone(
        model, scope, unmasked, c.getCustomerPhone(), PhoneNumbers.mask(c.getCustomerPhone()));
    model.addAttribute("breaches", c.breaches(complaints.now()));
    model.addAttribute("zone", zone);
    model.addAttribute(
        "canStep",
        scope.canWrite()
            && organization.storeId(c.getStoreCode()).map(scope::canWriteStore).orElse(false));
    model.addAttribute("steps", STEPS);
    return "service-cases/complaint";
  }

  /** One step from the complaint's page; a refusal comes back as the page's error. */
  @PostMapping("/complaints/{id}/steps")
  String step(
      @PathVariable long id,
      @RequestParam String action,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Integer satisfaction,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    if (!STEPS.contains(action)) {
      throw new kefu.platform.NotFound("complaint action " + action);
    }
    try {
      complaints.step(
          scope,
          id,
          action,
          new Complaints.StepRequest(
              InputRules.time("at", at, complaints.zone()), note, satisfaction, null, null));
      redirect.addFlashAttribute("message", "service.complaint.stepDone." + action);
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (kefu.platform.Conflict e) {
      redirect.addFlashAttribute("error", "service.complaint.stepConflict");
    }
    return "redirect:/complaints/" + id;
  }

  /** The month's complaints as a workbook; customer numbers masked for everyone. */
  @GetMapping("/complaints/export.xlsx")
  ResponseEntity<byte[]> excel(
      @RequestParam YearMonth month, @RequestParam(required = false) String storeCode) {
    return excel.download(
        "complaints-" + month + ".xlsx", "nav.complaints", HEADERS, rows(month, storeCode));
  }

  @GetMapping("/complaints/export.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam YearMonth month, @RequestParam(required = false) String storeCode) {
    return pdf.download(
        "complaints-" + month + ".pdf",
        text("nav.complaints") + " " + month,
        HEADERS,
        rows(month, storeCode));
  }

  private static final List<String> HEADERS =
      List.of(
          "service.complaint.id",
          "service.complaint.store",
          "service.complaint.employee",
          "service.complaint.kind",
          "service.complaint.received",
          "service.complaint.customer",
          "service.complaint.phone",
          "service.complaint.summary",
          "service.complaint.status",
          "service.complaint.firstReplyDue",
          "service.complaint.resolveDue",
          "service.complaint.breaches",
          "service.complaint.satisfaction");

  private List<List<Object>> rows(YearMonth month, String storeCode) {
    ZoneId zone = complaints.zone();
    Instant now = complaints.now();
    return complaints.month(currentUser.scope(), month, storeCode).stream()
        .map(
            c ->
                Arrays.<Object>asList(
                    c.getId(),
                    c.getStoreCode(),
                    c.getEmployeeCode(),
                    text("service.complaint.kind." + c.getKind()),
                    minute(c.getReceivedAt(), zone),
                    c.getCustomerName(),
                    PhoneNumbers.mask(c.getCustomerPhone()),
                    c.getSummary(),
                    text("service.complaint.status." + c.getStatus()),
                    minute(c.getFirstReplyDueAt(), zone),
                    minute(c.getResolveDueAt(), zone),
                    String.join(
                        ", ",
                        c.breaches(now).stream()
                            .map(b -> text("service.complaint.breach." + b))
                            .toList()),
                    c.getSatisfaction()))
        .toList();
  }

  private static String minute(Instant at, ZoneId zone) {
    return at == null ? null : MINUTE.format(at.atZone(zone));
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, null, key, locale);
  }
}
