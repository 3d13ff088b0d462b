package kefu.registers.desk;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.Conflict;
import kefu.platform.FieldRefusal;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the front-desk registers' pages (lost and found, reservations, returns, members, duty log,
 * handover) do alike: the store filter of a list, the minute a form starts at, a moment typed in a
 * form, and a step taken as the signed-in user that redirects afterwards.
 */
@Component
public class DeskPage {

  private final CurrentUser currentUser;
  private final Organization organization;

  DeskPage(CurrentUser currentUser, Organization organization) {
    this.currentUser = currentUser;
    this.organization = organization;
  }

  /**
   * Records what a form sent: done, answers what {@code record} answers (where the page goes next);
   * refused, puts the problems (or the rule's message) on the page and answers {@code form}, the
   * form drawn again with what was typed.
   */
  public String record(Model model, Supplier<String> record, Supplier<String> form) {
    try {
      return record.get();
    } catch (FieldRefusal e) {
      model.addAttribute("problems", e.problems());
    } catch (Forbidden | Conflict e) {
      model.addAttribute("error", e.getMessage());
    }
    return form.get();
  }

  /** The signed-in user's scope. */
  public AccessScope scope() {
    return currentUser.scope();
  }

  /** Takes {@code step} as the signed-in user, then redirects; see {@link DeskSteps#run}. */
  public String step(
      RedirectAttributes redirect, String target, String doneKey, Consumer<AccessScope> step) {
    return DeskSteps.run(redirect, target, doneKey, () -> step.accept(currentUser.scope()));
  }

  /**
   * The store a list is filtered to ({@code storeCode}, null when blank: every store the user
   * sees), put on the page with the stores the filter offers.
   */
  public String storeFilter(AccessScope scope, String storeCode, Model model) {
    String store = storeCode == null || storeCode.isBlank() ? null : storeCode;
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    return store;
  }

  /** This minute in the group's time, as a date-and-time field shows it. */
  public String now() {
    return LocalDateTime.now(organization.zone()).withSecond(0).withNano(0).toString();
  }

  /**
   * A moment typed in {@code field} (the group's local time), refused at the field if malformed.
   */
  public OffsetDateTime typedAt(String field, String typed) {
    LocalDateTime at = InputRules.time(field, LocalDateTime.class, typed);
    return at == null ? null : at.atZone(organization.zone()).toOffsetDateTime();
  }
}
