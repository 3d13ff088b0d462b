package kefu.registers;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.Conflict;
import kefu.platform.FieldRefusal;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the registers' pages share: the store a page shows, and a change made from a form that
 * either redirects with what was done or shows the page again with every refusal at its field (the
 * values typed stay in the request's parameters).
 */
public final class RegisterPages {

  /** Who sees the registers' pages: the managers and the group's staff. */
  public static final String READERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  private RegisterPages() {}

  /**
   * Runs {@code change}; done, redirects to {@code target} saying {@code doneKey}; refused, puts
   * the problems (or the clash) in the model and answers {@code page}, the page drawn again.
   */
  public static String change(
      Model model,
      RedirectAttributes redirect,
      String form,
      String target,
      String doneKey,
      Runnable change,
      Supplier<String> page) {
    try {
      change.run();
      redirect.addFlashAttribute("message", doneKey);
      return "redirect:" + target;
    } catch (FieldRefusal e) {
      model.addAttribute("refusedForm", form);
      model.addAttribute("problems", e.problems());
      model.addAttribute("error", "registers.refusedForm");
    } catch (Conflict e) {
      model.addAttribute("refusedForm", form);
      model.addAttribute("problems", List.of());
      model.addAttribute("error", "registers.conflict");
    }
    return page.get();
  }

  /** A register's page with forms: what it shows of a store, and where its forms lead back to. */
  public interface FormPage {

    /** The page of the store (null: the user's own or the first they see). */
    String show(String storeCode, Model model);

    /** The page's address. */
    String path();

    /** A change sent from {@code form} on the page of {@code storeCode}; see {@link #change}. */
    default String post(
        String form,
        String doneKey,
        String storeCode,
        Model model,
        RedirectAttributes redirect,
        Runnable change) {
      String target = storeCode == null ? path() : path() + "?storeCode=" + storeCode;
      return RegisterPages.change(
          model, redirect, form, target, doneKey, change, () -> show(storeCode, model));
    }

    /** A correction sent from the page's correction form; see {@link Corrections#correct}. */
    default String correct(
        Corrections corrections,
        AccessScope scope,
        Corrections.NewCorrection correction,
        String storeCode,
        Model model,
        RedirectAttributes redirect) {
      return post(
          "correction",
          "registers.correction.recorded",
          storeCode,
          model,
          redirect,
          () -> corrections.correct(scope, correction));
    }
  }

  /**
   * Puts on a page the corrections of its {@code entries} in {@code storeCode} (the group's
   * registers' when null), each under the entry it cites, and the entry names its correction form
   * offers.
   */
  public static void corrections(
      Model model,
      Corrections corrections,
      AccessScope scope,
      String storeCode,
      List<String> entries) {
    model.addAttribute("corrections", corrections.of(scope, storeCode, entries));
    model.addAttribute("correctable", entries);
  }

  /** The store shown: the one asked for, else the user's own, else the first they see. */
  public static String store(Organization organization, AccessScope scope, String asked) {
    if (asked != null && !asked.isBlank()) {
      return asked;
    }
    String own = organization.codes(scope).storeCode();
    if (own != null) {
      return own;
    }
    return organization.visibleStores(scope).stream()
        .filter(s -> !s.isHeadOffice())
        .map(Store::getCode)
        .findFirst()
        .orElse(null);
  }

  /** A moment typed in a form (the group's local time), as the API takes it. */
  public static OffsetDateTime at(LocalDateTime typed, ZoneId zone) {
    return typed == null ? null : typed.atZone(zone).toOffsetDateTime();
  }
}
