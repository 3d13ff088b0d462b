package kefu.service.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import kefu.organization.AccessScope;
import kefu.platform.FieldProblem;
import kefu.platform.FieldRefusal;
import kefu.platform.Forbidden;
import kefu.service.callback.Callbacks;
import org.springframework.ui.Model;

/**
 * What the pages of the service records (callbacks, complaints) do alike: a form that comes back
 * with its problems when the save is refused, and a record's page with or without the customer's
 * full number.
 */
public final class RecordPages {

  private RecordPages() {}

  /**
   * What {@code save} answers (a redirect), or the form again from {@code form} with the problems
   * the save was refused with; a store the user may not write to is a problem of its field.
   */
  public static String saveOrShow(
      Supplier<String> save, Function<List<FieldProblem>, String> form) {
    try {
      return save.get();
    } catch (FieldRefusal e) {
      return form.apply(e.problems());
    } catch (Forbidden e) {
      return form.apply(List.of(new FieldProblem("storeCode", "import.storeNotAllowed")));
    }
  }

  /**
   * The customer's number as the page shows it: the full one when it was asked for, masked
   * otherwise, with whether the user may ask for it.
   */
  public static void phone(
      Model model, AccessScope scope, boolean unmasked, String full, String masked) {
    model.addAttribute("phone", unmasked ? full : masked);
    model.addAttribute("unmasked", unmasked);
    model.addAttribute("canUnmask", !unmasked && Callbacks.mayUnmask(scope));
  }
}
