package kefu.organization.web;

import java.time.LocalDate;
import kefu.organization.AccessScope;
import kefu.organization.Accounts;
import kefu.organization.Accounts.AccountForm;
import kefu.organization.CurrentUser;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.InputRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: user accounts, group settings and the holiday calendar; own password. */
@Controller
class AdminController {

  private final Accounts accounts;
  private final GroupCalendar calendar;
  private final Organization organization;
  private final CurrentUser currentUser;

  AdminController(
      Accounts accounts,
      GroupCalendar calendar,
      Organization organization,
      CurrentUser currentUser) {
    this.accounts = accounts;
    this.calendar = calendar;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @GetMapping("/admin/users")
  String users(Model model) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("users", accounts.all(scope));
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
    try {
      accounts.create(
          currentUser.scope(),
          new AccountForm(username, role, storeCode, employeeCode, true),
          password);
      redirect.addFlashAttribute("message", "account.created");
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", "validation.duplicate");
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}")
  String updateUser(
      @PathVariable long id,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String employeeCode,
      @RequestParam(defaultValue = "false") boolean enabled,
      RedirectAttributes redirect) {
    try {
      var u = accounts.get(currentUser.scope(), id);
      accounts.update(
          currentUser.scope(),
          id,
          new AccountForm(u.getUsername(), role, storeCode, employeeCode, enabled));
      redirect.addFlashAttribute("message", "account.updated");
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/password")
  String resetPassword(
      @PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
    try {
      accounts.resetPassword(currentUser.scope(), id, password);
      redirect.addFlashAttribute("message", "account.passwordReset");
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/settings")
  String settings(Model model) {
    model.addAttribute("settings", calendar.settings());
    model.addAttribute("holidays", calendar.holidays());
    return "admin/settings";
  }

  @PostMapping("/admin/settings")
  String saveSettings(
      @RequestParam String name, @RequestParam String timeZone, RedirectAttributes redirect) {
    try {
      calendar.change(currentUser.scope(), name, timeZone);
      redirect.addFlashAttribute("message", "settings.saved");
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:/admin/settings";
  }

  @PostMapping("/admin/holidays")
  String addHoliday(
      @RequestParam(required = false) String day,
      @RequestParam(defaultValue = "false") boolean workingDay,
      @RequestParam(required = false) String name,
      RedirectAttributes redirect) {
    try {
      calendar.addHoliday(
          currentUser.scope(), InputRules.time("day", LocalDate.class, day), workingDay, name);
      redirect.addFlashAttribute("message", "settings.saved");
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", "validation.duplicate");
    }
    return "redirect:/admin/settings";
  }

  @PostMapping("/admin/holidays/{id}/delete")
  String removeHoliday(@PathVariable long id, RedirectAttributes redirect) {
    calendar.removeHoliday(currentUser.scope(), id);
    redirect.addFlashAttribute("message", "settings.saved");
    return "redirect:/admin/settings";
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
