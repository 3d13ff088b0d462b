package kefu.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kefu.organization.AccessScope;
import kefu.organization.Accounts;
import kefu.organization.Accounts.AccountForm;
import kefu.organization.CalendarFile;
import kefu.organization.CurrentUser;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Flash;
import kefu.platform.InputRules;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: user accounts, group settings and the holiday calendar; own password. */
@Controller
record AdminController(
    Accounts accounts, GroupCalendar calendar, Organization organization, CurrentUser currentUser) {

  private static final String USERS = "/admin/users";
  private static final String SETTINGS = "/admin/settings";
  private static final List<String> BUILT_IN_CALENDARS = List.of("cn-2026");
  private static final long MAX_CALENDAR_BYTES = 64 * 1024;

  @GetMapping("/admin/users")
  String users(Model model) {
    AccessScope scope = currentUser.scope();
    var users = accounts.all(scope);
    model.addAttribute("users", users);
    // each row's form starts from the employee the login belongs to, so saving keeps the link
    model.addAttribute(
        "employees",
        organization.employeesById(
            users.stream().map(u -> u.getEmployeeId()).filter(Objects::nonNull).toList()));
    model.addAttribute("roles", Role.values());
    model.addAttribute("stores", organization.visibleStores(scope));
    return "admin/users";
  }

  @PostMapping("/admin/users")
  String createUser(
      @RequestParam String username,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String employeeCode,
      @RequestParam String password,
      RedirectAttributes redirect) {
    return Flash.change(
        redirect,
        USERS,
        "account.created",
        () ->
            accounts.create(
                currentUser.scope(),
                new AccountForm(username, role, storeCode, employeeCode, true),
                password));
  }

  @PostMapping("/admin/users/{id}")
  String updateUser(
      @PathVariable long id,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String employeeCode,
      @RequestParam(defaultValue = "false") boolean enabled,
      RedirectAttributes redirect) {
    return Flash.change(
        redirect,
        USERS,
        "account.updated",
        () -> {
          var u = accounts.get(currentUser.scope(), id);
          accounts.update(
              currentUser.scope(),
              id,
              new AccountForm(u.getUsername(), role, storeCode, employeeCode, enabled));
        });
  }

  @PostMapping("/admin/users/{id}/password")
  String resetPassword(
      @PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
    return Flash.change(
        redirect,
        USERS,
        "account.passwordReset",
        () -> accounts.resetPassword(currentUser.scope(), id, password));
  }

  @GetMapping("/admin/settings")
  String settings(Model model) {
    model.addAttribute("settings", calendar.settings());
    model.addAttribute("holidays", calendar.holidays());
    model.addAttribute("zones", GroupCalendar.zoneIds());
    model.addAttribute("calendars", BUILT_IN_CALENDARS);
    return "admin/settings";
  }

  /** A calendar file (uploaded, or one shipped with Kefu) shown line by line; nothing is saved. */
  @PostMapping("/admin/holidays/preview")
  String previewCalendar(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String builtIn,
      Model model)
      throws IOException {
    String content;
    if (builtIn != null && BUILT_IN_CALENDARS.contains(builtIn)) {
      content =
          new ClassPathResource("calendars/" + builtIn + ".csv")
              .getContentAsString(StandardCharsets.UTF_8);
    } else if (file != null && !file.isEmpty() && file.getSize() <= MAX_CALENDAR_BYTES) {
      content = new String(file.getBytes(), StandardCharsets.UTF_8);
    } else {
      model.addAttribute("error", "calendar.file.unreadable");
      return settings(model);
    }
    List<CalendarFile.Day> days = calendar.preview(content);
    model.addAttribute("calendarDays", days);
    model.addAttribute("calendarContent", content);
    model.addAttribute(
        "calendarValid", !days.isEmpty() && days.stream().allMatch(d -> d.problem() == null));
    return settings(model);
  }

  @PostMapping("/admin/holidays/load")
  String loadCalendar(@RequestParam String content, RedirectAttributes redirect) {
    return Flash.change(
        redirect,
        SETTINGS,
        "calendar.file.loaded",
        () -> calendar.load(currentUser.scope(), content));
  }

  @PostMapping("/admin/settings")
  String saveSettings(
      @RequestParam String name, @RequestParam String timeZone, RedirectAttributes redirect) {
    return settingsSaved(redirect, () -> calendar.change(currentUser.scope(), name, timeZone));
  }

  @PostMapping("/admin/holidays")
  String addHoliday(
      @RequestParam(required = false) String day,
      @RequestParam(defaultValue = "false") boolean workingDay,
      @RequestParam(required = false) String name,
      RedirectAttributes redirect) {
    return settingsSaved(
        redirect,
        () ->
            calendar.addHoliday(
                currentUser.scope(),
                InputRules.time("day", LocalDate.class, day),
                workingDay,
                name));
  }

  @PostMapping("/admin/holidays/{id}/delete")
  String removeHoliday(@PathVariable long id, RedirectAttributes redirect) {
    return settingsSaved(redirect, () -> calendar.removeHoliday(currentUser.scope(), id));
  }

  /** Runs a change made on the settings page and goes back to it, saying it was saved. */
  private String settingsSaved(RedirectAttributes redirect, Runnable change) {
    return Flash.change(redirect, SETTINGS, "settings.saved", change);
  }

  @GetMapping("/account/password")
  String passwordPage() {
    return "account/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      RedirectAttributes redirect) {
    try {
      accounts.changeOwnPassword(currentUser.scope(), currentPassword, newPassword);
      redirect.addFlashAttribute("message", "account.passwordChanged");
    } catch (BadInput e) {
      // the page shows the message under the field it concerns
      redirect.addFlashAttribute("errorField", e.problems().get(0).field());
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:/account/password";
  }
}
