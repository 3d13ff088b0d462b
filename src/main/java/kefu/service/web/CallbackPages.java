package kefu.service.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.ExcelExport;
import kefu.platform.FieldProblem;
import kefu.platform.FieldRefusal;
import kefu.platform.InputRules;
import kefu.service.callback.Callback;
import kefu.service.callback.CallbackKind;
import kefu.service.callback.CallbackResult;
import kefu.service.callback.Callbacks;
import kefu.service.callback.RecordingResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Callback pages: the month's list, the entry form, and a callback's page with its recording's
 * player, the upload, and the audited "show full number" for group CS.
 */
@Controller
record CallbackPages(
    Callbacks callbacks,
    CurrentUser currentUser,
    Organization organization,
    ExcelExport excel,
    MessageSource messages) {

  /** The entry form as typed: every field a text, checked when saved. */
  record CallbackForm(
      String storeCode,
      String employeeCode,
      String kind,
      String calledAt,
      String customerName,
      String customerPhone,
      String result,
      String reportedData) {
    static CallbackForm empty() {
      return new CallbackForm(null, null, "AFTER_SALES", null, null, null, "SATISFIED", null);
    }
  }

  @GetMapping("/callbacks")
  String list(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month != null ? month : YearMonth.from(organization.today());
    model.addAttribute("month", m);
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("callbacks", callbacks.list(scope, storeCode, m));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canWrite", scope.canWrite());
    return "service/callbacks";
  }

  /** The month's callbacks as a workbook; customer numbers masked, as on the page. */
  @GetMapping("/callbacks/export.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam YearMonth month, @RequestParam(required = false) String storeCode) {
    ZoneId zone = organization.zone();
    Locale locale = LocaleContextHolder.getLocale();
    List<List<Object>> rows =
        callbacks.list(currentUser.scope(), storeCode, month).stream()
            .map(
                c ->
                    Arrays.<Object>asList(
                        c.id(),
                        c.storeCode(),
                        c.employeeCode(),
                        messages.getMessage("callback.kind." + c.kind(), null, locale),
                        c.calledAt().atZone(zone).toLocalDateTime().toString().replace('T', ' '),
                        c.customerName(),
                        c.maskedPhone(),
                        messages.getMessage("callback.result." + c.result(), null, locale),
                        c.reportedData(),
                        messages.getMessage(
                            c.hasRecording() ? "callback.hasRecording" : "callback.noRecording",
                            null,
                            locale)))
            .toList();
    return excel.download(
        "callbacks-" + month + ".xlsx",
        "nav.callbacks",
        List.of(
            "callback.id",
            "callback.storeCode",
            "callback.employeeCode",
            "callback.kind",
            "callback.calledAt",
            "callback.customerName",
            "callback.customerPhone",
            "callback.result",
            "callback.reportedData",
            "callback.recording"),
        rows);
  }

  @GetMapping("/callbacks/new")
  String newForm(Model model) {
    currentUser.writer();
    return form(model, CallbackForm.empty(), List.of());
  }

  @PostMapping("/callbacks")
  String create(CallbackForm form, Model model, RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return RecordPages.saveOrShow(
        () -> {
          Callback saved =
              callbacks.record(
                  scope,
                  new Callbacks.NewCallback(
                      form.storeCode(),
                      form.employeeCode(),
                      choice(CallbackKind.class, "kind", form.kind()),
                      InputRules.time("calledAt", form.calledAt(), organization.zone()),
                      form.customerName(),
                      form.customerPhone(),
                      choice(CallbackResult.class, "result", form.result()),
                      form.reportedData()));
          redirect.addFlashAttribute("message", "callback.saved");
          return "redirect:/callbacks/" + saved.id();
        },
        problems -> form(model, form, problems));
  }

  private String form(Model model, CallbackForm form, List<FieldProblem> problems) {
    List<Store> stores = ServiceNavigation.stores(organization, currentUser.scope());
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("stores", stores);
    model.addAttribute("kinds", CallbackKind.values());
    model.addAttribute("results", CallbackResult.values());
    return "service/callback-form";
  }

  @GetMapping("/callbacks/{id}")
  String detail(@PathVariable long id, Model model) {
    return detail(callbacks.get(currentUser.scope(), id), false, model);
  }

  /** The page with the full number: a POST, so it is never a link, and written to the audit log. */
  @PostMapping("/callbacks/{id}/unmask")
  String unmask(@PathVariable long id, Model model) {
    return detail(callbacks.unmasked(currentUser.scope(), id), true, model);
  }

  private String detail(Callback callback, boolean unmasked, Model model) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("callback", callback);
    RecordPages.phone(model, scope, unmasked, callback.customerPhone(), callback.maskedPhone());
    model.addAttribute(
        "canUpload",
        organization.storeId(callback.storeCode()).map(scope::canWriteStore).orElse(false));
    model.addAttribute("maxMegabytes", callbacks.maxBytes() / (1024 * 1024));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("storeNames", storeNames(scope));
    return "service/callback";
  }

  @PostMapping("/callbacks/{id}/recording")
  String upload(
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    AccessScope scope = currentUser.writer();
    try {
      if (file == null || file.isEmpty()) {
        redirect.addFlashAttribute("error", "recording.empty");
      } else {
        callbacks.attachRecording(
            scope, id, new Callbacks.Upload(file.getSize(), file.getInputStream()));
        redirect.addFlashAttribute("message", "recording.saved");
      }
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:/callbacks/" + id;
  }

  @GetMapping("/callbacks/{id}/recording")
  void recording(
      @PathVariable long id,
      @RequestHeader(value = "Range", required = false) String range,
      HttpServletResponse response)
      throws IOException {
    RecordingResponse.write(callbacks, callbacks.get(currentUser.scope(), id), range, response);
  }

  private Map<String, String> storeNames(AccessScope scope) {
    return organization.visibleStores(scope).stream()
        .collect(Collectors.toMap(Store::getCode, Store::getName));
  }

  /** An enum field of the form: blank is "required", anything else unknown "bad value". */
  static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new kefu.platform.BadInput(field, "problem.badValue");
    }
  }
}
