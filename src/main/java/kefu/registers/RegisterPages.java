package kefu.registers;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.Conflict;
import kefu.platform.FieldRefusal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

  /**
   * A register's page with forms, mapped at its address: what it shows of a store, its forms that
   * lead back to it, and its correction form ({@code <address>/corrections}).
   */
  public abstract static class FormPage {

    private final String path;
    private final CurrentUser currentUser;
    private final Corrections corrections;

    protected FormPage(String path, CurrentUser currentUser, Corrections corrections) {
      this.path = path;
      this.currentUser = currentUser;
      this.corrections = corrections;
    }

    /** The page of the store (null: the user's own or the first they see). */
    public abstract String show(String storeCode, Model model);

    /** The page's address. */
    public String path() {
      return path;
    }

    /** The signed-in user's scope, the one the page's changes are made in. */
    public AccessScope scope() {
      return currentUser.scope();
    }

    /**
     * A change sent from {@code form} on the page of {@code storeCode}, made in the user's scope;
     * see {@link RegisterPages#change}.
     */
    protected String post(
        String form,
        String doneKey,
        String storeCode,
        Model model,
        RedirectAttributes redirect,
        Consumer<AccessScope> change) {
      String target = storeCode == null ? path : path + "?storeCode=" + storeCode;
      return RegisterPages.change(
          model,
          redirect,
          form,
          target,
          doneKey,
          () -> change.accept(scope()),
          () -> show(storeCode, model));
    }

    /** A correction sent from the page's correction form; see {@link Corrections#correct}. */
    @PostMapping("/corrections")
    public String correct(
        @ModelAttribute Corrections.NewCorrection correction,
        @RequestParam(required = false) String storeCode,
        Model model,
        RedirectAttributes redirect) {
      return post(
          "correction",
          "registers.correction.recorded",
          storeCode,
          model,
          redirect,
          scope -> corrections.correct(scope, correction));
    }

    /**
     * Puts on the page the corrections of its {@code entries}; see {@link
     * RegisterPages#corrections}.
     */
    protected void corrections(
        Model model, AccessScope scope, String storeCode, List<String> entries) {
      RegisterPages.corrections(model, corrections, scope, storeCode, entries);
    }
  }

  /**
   * Puts on a register's page with forms what every one shows: whether the user may write, and the
   * problems of a form refused (none when the page is not drawn again after a refusal).
   */
  public static void forms(Model model, AccessScope scope) {
    model.addAttribute("canWrite", scope.canWrite());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
  }

  /** Puts on a page the group's zone and this minute in it, where its forms' times start. */
  public static void now(Model model, ZoneId zone) {
    model.addAttribute("zone", zone);
    model.addAttribute("now", LocalDateTime.now(zone).withSecond(0).withNano(0));
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
