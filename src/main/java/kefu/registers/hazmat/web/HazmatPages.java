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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hazardous-materials page of a store: its stock, receipts, draws and returns. */
@Controller
@RequestMapping(HazmatPages.PATH)
class HazmatPages extends RegisterPages.FormPage {

  static final String PATH = "/registers/hazmat";

  private final HazmatRegister hazmat;
  private final Organization organization;

  HazmatPages(
      HazmatRegister hazmat,
      CurrentUser currentUser,
      Organization organization,
      Corrections corrections) {
    super(PATH, currentUser, corrections);
    this.hazmat = hazmat;
    this.organization = organization;
  }

  @Bean
  static NavItem hazmatNavItem() {
    return new NavItem(
        "hazmat", PATH, "nav.registers.hazmat", RegisterPages.READERS, 62, "custody");
  }

  @GetMapping
  String page(@RequestParam(required = false) String storeCode, Model model) {
    return show(storeCode, model);
  }

  @Override
  public String show(String storeCode, Model model) {
    AccessScope scope = scope();
    String store = RegisterPages.store(organization, scope, storeCode);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("storeCode", store);
    model.addAttribute("stock", store == null ? List.of() : hazmat.stock(scope, store));
    model.addAttribute("movements", store == null ? List.of() : hazmat.movements(scope, store));
    if (store != null) {
      corrections(model, scope, store, List.of("hazmat-movement"));
    }
    RegisterPages.forms(model, scope);
    RegisterPages.now(model, organization.zone());
    return "registers/hazmat";
  }

  @PostMapping("/stock")
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
        s -> hazmat.receive(s, receipt));
  }

  @PostMapping("/draws")
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
        "draw", "registers.hazmat.drawn", storeCode, model, redirect, s -> hazmat.draw(s, draw));
  }

  @PostMapping("/draws/{id}/returns")
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
        s -> hazmat.giveBack(s, id, back));
  }
}
