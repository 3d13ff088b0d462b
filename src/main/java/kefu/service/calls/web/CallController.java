package kefu.service.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.service.calls.CallImports;
import kefu.service.calls.DailyCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The daily outbound report, and the call import with its progress. */
@Controller
class CallController {

  private final DailyCalls daily;
  private final CallImports imports;
  private final CurrentUser currentUser;
  private final Organization organization;

  CallController(
      DailyCalls daily, CallImports imports, CurrentUser currentUser, Organization organization) {
    this.daily = daily;
    this.imports = imports;
    this.currentUser = currentUser;
    this.organization = organization;
  }

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
    return "service-cases/daily";
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
