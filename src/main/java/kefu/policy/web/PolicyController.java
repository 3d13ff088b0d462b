package kefu.policy.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.policy.InvalidPack;
import kefu.policy.LocalizedText;
import kefu.policy.NewAdoption;
import kefu.policy.NewCopy;
import kefu.policy.PackAdoption;
import kefu.policy.PackHistory;
import kefu.policy.PackInForce;
import kefu.policy.PackProblem;
import kefu.policy.PackVersion;
import kefu.policy.PolicyPacks;
import kefu.policy.RuleDescriptions;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy pages: the packs with their versions and adoptions, a pack's clauses and rules in
 * words, copying, editing with validation, adopting, and which packs apply at a store on a day. The
 * roles that see every store see all of it; only administrators and group CS change things. A
 * store's managers read the packs in force for their store today, rules in words only.
 */
@Controller
@RequestMapping("/policy")
record PolicyController(
    PolicyPacks packs,
    RuleDescriptions words,
    Organization organization,
    CurrentUser currentUser,
    MessageSource messages) {

  private static final Set<Role> STORE_READERS = EnumSet.of(Role.STORE_MANAGER, Role.CS_MANAGER);

  @GetMapping
  String list(Locale locale, Model model) {
    AccessScope scope = reader();
    if (!scope.allStores()) {
      model.addAttribute("enforced", enforced(scope));
      model.addAttribute("today", organization.today());
      return "policy/enforced";
    }
    model.addAttribute("packs", packs.packs());
    model.addAttribute("adoptions", latestFirst(packs.adoptions()));
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("today", organization.today());
    model.addAttribute("canWrite", canWrite(scope));
    return "policy/list";
  }

  @GetMapping("/packs/{packId}")
  String pack(
      @PathVariable String packId,
      @RequestParam(required = false) Integer version,
      Locale locale,
      Model model) {
    AccessScope scope = reader();
    if (!scope.allStores()) {
      PackInForce read =
          enforced(scope).stream()
              .filter(p -> p.pack().id().equals(packId))
              .filter(p -> version == null || p.pack().version() == version)
              .findFirst()
              .orElseThrow(() -> new NotFound("pack not in force for this store"));
      model.addAttribute("page", PackPage.of(read.pack(), words, locale));
      model.addAttribute("adoptedFrom", read.adoption().effectiveFrom());
      return "policy/read";
    }
    PackHistory history = packs.history(packId);
    PackVersion shown = version == null ? history.latest() : packs.version(packId, version);
    model.addAttribute("history", history);
    model.addAttribute("shown", shown);
    model.addAttribute("page", PackPage.of(packs.pack(shown), words, locale));
    model.addAttribute(
        "adoptions",
        latestFirst(
            packs.adoptions().stream().filter(a -> a.pack().packId().equals(packId)).toList()));
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("canWrite", canWrite(scope));
    if (!model.containsAttribute("copyId")) {
      LocalizedText proposed =
          CopyTitle.propose(
              shown.title(),
              packs.packs().stream().map(h -> h.latest().title()).toList(),
              messages);
      model.addAttribute("copyId", "");
      model.addAttribute("copyZh", proposed.zh());
      model.addAttribute("copyEn", proposed.en());
    }
    if (!model.containsAttribute("adoptFrom")) {
      model.addAttribute("adoptFrom", organization.today());
    }
    return "policy/pack";
  }

  @PostMapping("/packs/{packId}/copy")
  String copy(
      @PathVariable String packId,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String newId,
      @RequestParam(defaultValue = "") String titleZh,
      @RequestParam(defaultValue = "") String titleEn,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    try {
      if (!InputRules.isSingleLine(titleZh) || !InputRules.isSingleLine(titleEn)) {
        throw new BadInput("title", InputRules.CONTROL_CHARACTERS);
      }
      PackVersion copy =
          packs.copy(
              scope,
              new NewCopy(
                  packId,
                  version,
                  newId.trim(),
                  new LocalizedText(titleZh.trim(), titleEn.trim())));
      redirect.addFlashAttribute("message", "policy.copied");
      return "redirect:/policy/packs/" + copy.packId();
    } catch (BadInput | Conflict e) {
      model.addAttribute(
          "copyError", e instanceof Conflict ? "validation.duplicate" : e.getMessage());
      model.addAttribute("copyId", newId);
      model.addAttribute("copyZh", titleZh);
      model.addAttribute("copyEn", titleEn);
      return pack(packId, version, locale, model);
    }
  }

  @GetMapping("/packs/{packId}/edit")
  String edit(@PathVariable String packId, Model model) {
    AccessScope scope = writer();
    PackHistory history = packs.history(packId);
    return editPage(scope, history, history.latest().yaml(), List.of(), model);
  }

  /** htmx: the text's problems (or that it is valid), without saving. */
  @PostMapping("/packs/{packId}/validate")
  String validate(
      @PathVariable String packId,
      @RequestParam(defaultValue = "") String yaml,
      Locale locale,
      Model model) {
    writer();
    model.addAttribute("checked", true);
    model.addAttribute("problems", inWords(problems(packId, yaml), locale));
    return "policy/edit :: problems";
  }

  @PostMapping("/packs/{packId}/versions")
  String save(
      @PathVariable String packId,
      @RequestParam(defaultValue = "") String yaml,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    try {
      PackVersion saved = packs.saveNextVersion(scope, packId, yaml);
      redirect.addFlashAttribute("message", "policy.saved");
      redirect.addFlashAttribute("messageArg", saved.version());
      return "redirect:/policy/packs/" + packId + "?version=" + saved.version();
    } catch (InvalidPack e) {
      return editAgain(packId, yaml, inWords(e.packProblems(), locale), null, model);
    } catch (BadInput | RuleRefused e) {
      return editAgain(packId, yaml, List.of(), e.getMessage(), model);
    }
  }

  @PostMapping("/packs/{packId}/adoptions")
  String adopt(
      @PathVariable String packId,
      @RequestParam int version,
      @RequestParam(required = false) String effectiveFrom,
      @RequestParam(defaultValue = "all") String scopeChoice,
      @RequestParam(required = false) List<String> storeCodes,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    boolean all = "all".equals(scopeChoice);
    try {
      PackAdoption adoption =
          packs.adopt(
              scope,
              new NewAdoption(
                  packId,
                  version,
                  InputRules.time("effectiveFrom", LocalDate.class, effectiveFrom),
                  all ? null : new LinkedHashSet<>(storeCodes == null ? List.of() : storeCodes)));
      redirect.addFlashAttribute("message", "policy.adopted");
      redirect.addFlashAttribute("messageArg", adoption.effectiveFrom());
      return "redirect:/policy/packs/" + packId + "?version=" + version;
    } catch (BadInput e) {
      model.addAttribute("adoptError", e.getMessage());
      model.addAttribute("adoptFrom", effectiveFrom);
      return pack(packId, version, locale, model);
    }
  }

  @GetMapping("/in-force")
  String inForce(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Model model) {
    AccessScope scope = reader();
    if (!scope.allStores()) {
      throw new Forbidden("the packs of every store are for group roles");
    }
    LocalDate day = date == null ? organization.today() : date;
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("date", day);
    if (storeCode != null && !storeCode.isBlank()) {
      model.addAttribute("results", packs.inForce(scope, storeCode, day));
    }
    return "policy/in-force";
  }

  private String editAgain(
      String packId, String yaml, List<PackProblem> problems, String error, Model model) {
    AccessScope scope = writer();
    model.addAttribute("checked", error == null);
    model.addAttribute("error", error);
    return editPage(scope, packs.history(packId), yaml, problems, model);
  }

  /** The editor on {@code yaml}, with the pack's versions and the problems found in the text. */
  private String editPage(
      AccessScope scope,
      PackHistory history,
      String yaml,
      List<PackProblem> problems,
      Model model) {
    model.addAttribute("history", history);
    model.addAttribute("yaml", yaml);
    model.addAttribute("problems", problems);
    model.addAttribute("canWrite", canWrite(scope));
    return "policy/edit";
  }

  private static List<PackAdoption> latestFirst(List<PackAdoption> adoptions) {
    List<PackAdoption> result = new java.util.ArrayList<>(adoptions);
    java.util.Collections.reverse(result);
    return result;
  }

  private List<PackProblem> inWords(List<PackProblem> problems, Locale locale) {
    return problems.stream()
        .map(p -> new PackProblem(p.line(), p.field(), PackProblemText.of(p, messages, locale)))
        .toList();
  }

  private List<PackProblem> problems(String packId, String yaml) {
    try {
      return packs.validate(packId, yaml);
    } catch (BadInput e) {
      return List.of(new PackProblem(1, "yaml", e.getMessage()));
    }
  }

  /** The packs in force today at the one store of a store-scoped user. */
  private List<PackInForce> enforced(AccessScope scope) {
    return organization.visibleStores(scope).stream()
        .flatMap(s -> packs.inForce(scope, s.getCode(), organization.today()).stream())
        .toList();
  }

  /**
   * The policy pages are for the roles that see the whole group, and for a store's managers, who
   * read the packs they enforce; staff read their statements instead.
   */
  private AccessScope reader() {
    AccessScope scope = currentUser.scope();
    if (!scope.allStores() && !STORE_READERS.contains(scope.role())) {
      throw new Forbidden("policy pages are for group roles and store managers");
    }
    return scope;
  }

  private AccessScope writer() {
    AccessScope scope = reader();
    if (!canWrite(scope)) {
      throw new Forbidden("read-only access");
    }
    return scope;
  }

  private static boolean canWrite(AccessScope scope) {
    return scope.allStores() && scope.canWrite();
  }
}
