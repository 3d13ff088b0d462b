package kefu.registers.hazmat.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.NavItem;
import kefu.registers.Corrections;
import kefu.registers.RegisterPages;
import kefu.registers.hazmat.HazmatRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hazardous-materials page of a store: its stock, receipts, draws and returns. */
@Controller
class HazmatPages implements RegisterPages.FormPage {

  private final HazmatRegister hazmat;
  private final Corrections corrections;
  private final CurrentUser currentUser;
  private final Organization organization;

  private static final String CORRECTIONS = "/registers/hazmat/corrections";

  HazmatPages(
      HazmatRegister hazmat,
      CurrentUser currentUser,
      Organization organization,
      Corrections corrections) {
    this.corrections = corrections;
    this.hazmat = hazmat;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Bean
  static NavItem hazmatNavItem() {
    return new NavItem(
        "hazmat",
        "/registers/hazmat",
        "nav.registers.hazmat",
        RegisterPages.READERS,
        62,
        "custody");
  }

  @GetMapping("/registers/hazmat")
  String page(@RequestParam(required = false) String storeCode, Model model) {
    return show(storeCode, model);
  }

  @Override
  public String path() {
    return "/registers/hazmat";
  }

  @Override
  public String show(String storeCode, Model model) {
    AccessScope scope = currentUser.scope();
    String store = RegisterPages.store(organization, scope, storeCode);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("storeCode", store);
    model.addAttribute("stock", store == null ? List.of() : hazmat.stock(scope, store));
    model.addAttribute("movements", store == null ? List.of() : hazmat.movements(scope, store));
    if (store != null) {
      RegisterPages.corrections(model, corrections, scope, store, List.of("hazmat-movement"));
    }
    model.addAttribute("canWrite", scope.canWrite());
    model.addAttribute("zone", organization.zone());
    model.addAttribute("now", LocalDateTime.now(organization.zone()).withSecond(0).withNano(0));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "registers/hazmat";
  }

  @PostMapping(CORRECTIONS)
  String correct(
      @ModelAttribute Corrections.NewCorrection correction,
      @RequestParam(required = false) String storeCode,
      Model model,
      RedirectAttributes redirect) {
    return correct(corrections, currentUser.scope(), correction, storeCode, model, redirect);
  }

  @PostMapping("/registers/hazmat/stock")
  String receive(
      @RequestParam String storeCode,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) BigDecimal quantity,
      Model model,
      RedirectAttributes redirect) {
    var receipt = new HazmatRegister.NewReceipt(storeCode, item, quantity, null);
    return post(
        "receipt",
        "registers.hazmat.received",
        storeCode,
        model,
        redirect,
        () -> hazmat.receive(currentUser.scope(), receipt));
  }

  @PostMapping("/registers/hazmat/draws")
  String draw(
      @RequestParam String storeCode,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) BigDecimal quantity,
      @RequestParam(required = false) String drawnByCode,
      @RequestParam(required = false) String approverCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime drawnAt,
      Model model,
      RedirectAttributes redirect) {
    var draw =
        new HazmatRegister.NewDraw(
            storeCode,
            item,
            quantity,
            drawnByCode,
            approverCode,
            RegisterPages.at(drawnAt, organization.zone()));
    return post(
        "draw",
        "registers.hazmat.drawn",
        storeCode,
        model,
        redirect,
        () -> hazmat.draw(currentUser.scope(), draw));
  }

  @PostMapping("/registers/hazmat/draws/{id}/returns")
  String giveBack(
      @PathVariable long id,
      @RequestParam String storeCode,
      @RequestParam(required = false) BigDecimal quantity,
      Model model,
      RedirectAttributes redirect) {
    var back = new HazmatRegister.NewReturn(quantity, null, null);
    return post(
        "return",
        "registers.hazmat.returned",
        storeCode,
        model,
        redirect,
        () -> hazmat.giveBack(currentUser.scope(), id, back));
  }
}
