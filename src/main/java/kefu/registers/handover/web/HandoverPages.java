package kefu.registers.handover.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.BadInput;
import kefu.platform.NavItem;
import kefu.registers.RegisterPrint;
import kefu.registers.desk.DeskPage;
import kefu.registers.handover.Handover;
import kefu.registers.handover.HandoverChecklist;
import kefu.registers.handover.HandoverStatus;
import kefu.registers.handover.Handovers;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handover pages: the day's handovers and those left unsigned, the form the outgoing person
 * fills from the store's checklist, one handover with its signature, refusal and review, its
 * printable form, and the checklist itself.
 */
@Controller
class HandoverPages {

  private static final int FREE_ROWS = 5;

  private final Handovers handovers;
  private final DeskPage desk;
  private final Organization organization;
  private final HandoverPrint print;

  HandoverPages(
      Handovers handovers, DeskPage desk, Organization organization, HandoverPrint print) {
    this.handovers = handovers;
    this.desk = desk;
    this.organization = organization;
    this.print = print;
  }

  @Bean
  static NavItem handoversNav() {
    return new NavItem(
        "handovers", "/handovers", "handover.title", "isAuthenticated()", 60, "desk");
  }

  @GetMapping("/handovers")
  String list(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) LocalDate date,
      Model model) {
    AccessScope scope = desk.scope();
    LocalDate day = date == null ? organization.today() : date;
    String store = desk.storeFilter(scope, storeCode, model);
    List<Handover> found = handovers.between(scope, store, day, day);
    List<Handover> unsigned = handovers.unsigned(scope, store);
    model.addAttribute("day", day);
    model.addAttribute("handovers", found);
    model.addAttribute("unsigned", unsigned);
    model.addAttribute("names", names(Stream.concat(found.stream(), unsigned.stream()).toList()));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/handovers/list";
  }

  @GetMapping("/handovers/new")
  String newForm(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) Long corrects,
      Model model) {
    AccessScope scope = desk.scope();
    HandoverForm form = new HandoverForm();
    form.setCorrects(corrects);
    if (corrects != null) {
      Handover old = handovers.get(scope, corrects);
      form.setStoreCode(old.getStoreCode());
      form.setOutgoingCode(old.getOutgoingCode());
      form.setIncomingCode(old.getIncomingCode());
    } else {
      form.setStoreCode(storeCode != null ? storeCode : defaultStore(scope));
      form.setOutgoingCode(organization.ownEmployeeCode(scope).orElse(null));
    }
    form.setAt(
        LocalDateTime.now(organization.zone())
            .withSecond(0)
            .withNano(0)
            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    List<String> items =
        form.getStoreCode() == null
            ? List.of()
            : handovers
                .checklist(scope, form.getStoreCode())
                .map(HandoverChecklist::getItems)
                .orElse(List.of());
    if (items.isEmpty()) {
      for (int i = 0; i < FREE_ROWS; i++) {
        form.getMarks().add(new HandoverForm.Row());
      }
    } else {
      items.forEach(i -> form.getMarks().add(new HandoverForm.Row(i)));
    }
    model.addAttribute("fromChecklist", !items.isEmpty());
    return form(scope, form, model);
  }

  @PostMapping("/handovers")
  String record(
      @ModelAttribute("form") HandoverForm form, Model model, RedirectAttributes redirect) {
    AccessScope scope = desk.scope();
    return desk.record(
        model,
        () -> {
          OffsetDateTime at = desk.typedAt("at", form.getAt());
          List<Handovers.Mark> marks =
              form.getMarks().stream()
                  // a free row left empty is no item
                  .filter(r -> !(blank(r.getItem()) && blank(r.getOk()) && blank(r.getNote())))
                  .map(r -> new Handovers.Mark(r.getItem(), ok(r.getOk()), r.getNote()))
                  .toList();
          Handover h =
              handovers.record(
                  scope,
                  new Handovers.Params(
                      form.getStoreCode(),
                      form.getOutgoingCode(),
                      form.getIncomingCode(),
                      at,
                      marks,
                      form.getCorrects()));
          redirect.addFlashAttribute("message", "handover.recorded");
          redirect.addFlashAttribute("messageArg", h.getId());
          return "redirect:/handovers/" + h.getId();
        },
        () -> {
          model.addAttribute("fromChecklist", false);
          return form(scope, form, model);
        });
  }

  private String form(AccessScope scope, HandoverForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("stores", organization.visibleStores(scope));
    return "registers/handovers/form";
  }

  @GetMapping("/handovers/{id}")
  String detail(@PathVariable long id, Model model) {
    AccessScope scope = desk.scope();
    Handover h = handovers.get(scope, id);
    String own = organization.ownEmployeeCode(scope).orElse(null);
    model.addAttribute("handover", h);
    model.addAttribute("names", names(List.of(h)));
    model.addAttribute("zone", organization.zone());
    model.addAttribute(
        "canDecide", h.getStatus() == HandoverStatus.PENDING && h.getIncomingCode().equals(own));
    model.addAttribute(
        "canReview", h.getReviewedBy() == null && handovers.isLead(scope, h.getStoreCode()));
    model.addAttribute("canCorrect", scope.canWrite() || h.getOutgoingCode().equals(own));
    return "registers/handovers/detail";
  }

  @PostMapping("/handovers/{id}/signature")
  String sign(@PathVariable long id, RedirectAttributes redirect) {
    return step(redirect, id, "handover.signed", scope -> handovers.sign(scope, id));
  }

  @PostMapping("/handovers/{id}/refusal")
  String refuse(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return step(redirect, id, "handover.refusedDone", scope -> handovers.refuse(scope, id, reason));
  }

  @PostMapping("/handovers/{id}/review")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return step(redirect, id, "handover.reviewedDone", scope -> handovers.review(scope, id, note));
  }

  private String step(
      RedirectAttributes redirect, long id, String doneKey, Consumer<AccessScope> step) {
    return desk.step(redirect, "/handovers/" + id, doneKey, step);
  }

  @GetMapping("/handovers/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    Handover h = handovers.get(desk.scope(), id);
    return RegisterPrint.answer("handover-" + id, print.pdf(h, names(List.of(h))));
  }

  @GetMapping("/handovers/checklist")
  String checklist(@RequestParam(required = false) String storeCode, Model model) {
    AccessScope scope = desk.scope();
    String store = storeCode != null ? storeCode : defaultStore(scope);
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute(
        "items",
        store == null
            ? ""
            : String.join(
                "\n",
                handovers
                    .checklist(scope, store)
                    .map(HandoverChecklist::getItems)
                    .orElse(List.of())));
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/handovers/checklist";
  }

  @PostMapping("/handovers/checklist")
  String setChecklist(
      @RequestParam String storeCode,
      @RequestParam(defaultValue = "") String items,
      RedirectAttributes redirect) {
    List<String> lines = items.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    try {
      handovers.setChecklist(desk.scope(), storeCode, lines);
      redirect.addFlashAttribute("message", "handover.checklist.saved");
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:/handovers/checklist?storeCode=" + storeCode;
  }

  private String defaultStore(AccessScope scope) {
    String own = organization.codes(scope).storeCode();
    if (own != null) {
      return own;
    }
    List<Store> stores = organization.visibleStores(scope);
    return stores.isEmpty() ? null : stores.get(0).getCode();
  }

  private Map<String, String> names(List<Handover> rows) {
    return new HashMap<>(
        organization.employeeNames(
            rows.stream()
                .flatMap(h -> Stream.of(h.getOutgoingCode(), h.getIncomingCode()))
                .distinct()
                .toList()));
  }

  private static Boolean ok(String value) {
    return blank(value) ? null : Boolean.valueOf(value);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
