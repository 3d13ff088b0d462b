package kefu.incident.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kefu.incident.AppealStatus;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.incident.IncidentStatus;
import kefu.incident.LateCorrections;
import kefu.incident.RecordIncident;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Flash;
import kefu.platform.Forbidden;
import kefu.platform.NavItem;
import kefu.platform.RuleRefused;
import kefu.policy.PolicyCatalog;
import kefu.policy.RuleDescriptions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incident pages: the month's ledger with filters, the recording form (its type list comes from the
 * packs in force for the chosen store and day, and it shows the clause before saving), the incident
 * page with void and appeal.
 */
@Controller
record IncidentController(
    RecordIncident recorder,
    IncidentLedger ledger,
    Organization organization,
    CurrentUser currentUser,
    RuleDescriptions descriptions,
    PolicyCatalog catalog,
    MessageSource messages,
    LateCorrections corrections) {

  @Bean
  static NavItem incidentsNav() {
    return new NavItem("incidents", "/incidents", "nav.incidents", "isAuthenticated()", 20);
  }

  /** A type the form offers, already in the user's language. */
  record TypeOption(
      String code,
      String label,
      String packId,
      int packVersion,
      String clause,
      String summary,
      String unit,
      String employee,
      String consequence) {}

  @GetMapping("/incidents")
  String list(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) IncidentStatus status,
      @RequestParam(required = false) String employee,
      @RequestParam(defaultValue = "false") boolean appealPending,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + IncidentLedger.DEFAULT_PAGE_SIZE) int size,
      Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month != null ? month : YearMonth.from(organization.today());
    List<Store> stores = organization.visibleStores(scope);
    Page<Incident> found =
        ledger.find(
            scope,
            new IncidentLedger.Query(m, storeCode, employee, null, status, appealPending),
            page,
            size);
    model.addAttribute("month", m);
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("status", status);
    model.addAttribute("employee", employee);
    model.addAttribute("appealPending", appealPending);
    model.addAttribute("statuses", IncidentStatus.values());
    model.addAttribute("stores", stores);
    model.addAttribute("incidents", found.getContent());
    model.addAttribute("page", found);
    model.addAttribute("size", size);
    model.addAttribute("employeeFilter", scope.confinedToEmployee().isEmpty());
    model.addAttribute("names", names(found.getContent()));
    model.addAttribute("storeNames", storeNames(stores));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canWrite", scope.canWrite());
    model.addAttribute("labels", labels());
    return "incidents/list";
  }

  @GetMapping("/incidents/new")
  String newForm(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime occurredAt,
      @RequestParam(required = false) String type,
      Model model) {
    AccessScope scope = currentUser.scope();
    scope.requireWriter();
    List<Store> stores = writableStores(scope);
    String store =
        storeCode != null ? storeCode : stores.isEmpty() ? null : stores.get(0).getCode();
    LocalDateTime at =
        occurredAt != null
            ? occurredAt
            : LocalDateTime.now(organization.zone()).withSecond(0).withNano(0);
    model.addAttribute("form", new IncidentForm(type, store, null, at, 1, null, null, null));
    return form(scope, model);
  }

  /** The type list for a store and day, swapped in by htmx when either changes. */
  @GetMapping("/incidents/types")
  String types(
      @RequestParam String storeCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime occurredAt,
      @RequestParam(required = false) String type,
      Model model) {
    LocalDate day = occurredAt == null ? organization.today() : occurredAt.toLocalDate();
    model.addAttribute("types", options(storeCode, day));
    model.addAttribute("selected", type);
    return "incidents/form :: types";
  }

  @PostMapping("/incidents")
  String record(
      @ModelAttribute("form") IncidentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    scope.requireWriter();
    ZoneId zone = organization.zone();
    if (binding.hasFieldErrors()) {
      // a value that is not of its field's kind (1.5 as a quantity, a 31st of November) is named
      // on the form as typed, never recorded as something near it
      model.addAttribute(
          "problems",
          binding.getFieldErrors().stream()
              .map(
                  f ->
                      new FieldProblem(
                          f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
              .toList());
      model.addAttribute("form", asTyped(binding));
      return form(scope, model);
    }
    try {
      Incident i =
          recorder.record(
              scope,
              new RecordIncident.Params(
                  form.type(),
                  form.storeCode(),
                  form.employeeCode(),
                  form.occurredAt() == null
                      ? null
                      : form.occurredAt().atZone(zone).toOffsetDateTime(),
                  form.quantity(),
                  form.minutes(),
                  form.points(),
                  form.note()));
      redirect.addFlashAttribute("message", "incident.recorded");
      return "redirect:/incidents/" + i.getId();
    } catch (BadInput e) {
      model.addAttribute("problems", e.problems());
    } catch (RuleRefused e) {
      model.addAttribute(
          "problems",
          e.problems().isEmpty()
              ? List.of(new FieldProblem("type", e.getMessage()))
              : e.problems());
    } catch (Forbidden e) {
      model.addAttribute(
          "problems", List.of(new FieldProblem("storeCode", "import.storeNotAllowed")));
    } catch (Conflict e) {
      model.addAttribute(
          "problems", List.of(new FieldProblem("occurredAt", "incident.monthLocked")));
    }
    model.addAttribute("form", form);
    return form(scope, model);
  }

  @GetMapping("/incidents/{id}")
  String detail(@PathVariable long id, Model model) {
    AccessScope scope = currentUser.scope();
    Incident incident = ledger.get(scope, id);
    boolean open = !ledger.monthClosed(incident);
    boolean recorded = incident.getStatus() == IncidentStatus.RECORDED;
    boolean pending = incident.getAppealStatus() == AppealStatus.PENDING;
    // every action offered works: voiding and appealing need the month open, deciding does not
    model.addAttribute("incident", incident);
    model.addAttribute("monthClosed", !open);
    model.addAttribute("canManage", scope.canWrite());
    model.addAttribute("canVoid", recorded && open && scope.canWrite());
    model.addAttribute(
        "canAppeal",
        recorded
            && open
            && !pending
            && (scope.canWrite() || scope.confinedToEmployee().isPresent()));
    if (pending) {
      IncidentLedger.Deciding deciding = ledger.deciding(scope, incident);
      model.addAttribute("deciding", deciding);
      model.addAttribute("canDecide", deciding.allowed());
    }
    if (incident.isAppealDecidedLate() && incident.getAppealStatus() == AppealStatus.GRANTED) {
      model.addAttribute("carried", corrections.of(id));
    }
    model.addAttribute("names", names(List.of(incident)));
    model.addAttribute("storeNames", storeNames(organization.visibleStores(scope)));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("labels", labels());
    return "incidents/detail";
  }

  @PostMapping("/incidents/{id}/void")
  String voidIncident(
      @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
    return change(
        id, r, () -> ledger.voidIncident(currentUser.scope(), id, reason), "incident.voided");
  }

  @PostMapping("/incidents/{id}/appeal")
  String appeal(
      @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
    return change(id, r, () -> ledger.appeal(currentUser.scope(), id, reason), "appeal.submitted");
  }

  @PostMapping("/incidents/{id}/appeal/decision")
  String decide(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean grant,
      @RequestParam(required = false) String reason,
      RedirectAttributes r) {
    return change(
        id, r, () -> ledger.decideAppeal(currentUser.scope(), id, grant, reason), "appeal.decided");
  }

  private String change(long id, RedirectAttributes redirect, Runnable action, String done) {
    try {
      return Flash.change(redirect, "/incidents/" + id, done, "incident.conflict", action);
    } catch (RuleRefused e) {
      // who may decide an appeal: the page says why not and who will
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/incidents/" + id;
    }
  }

  /**
   * The form again when some value could not be read (the binder then builds no form): the values
   * that were read as typed, the others empty.
   */
  private static IncidentForm asTyped(BindingResult binding) {
    return new IncidentForm(
        typed(binding, "type", String.class),
        typed(binding, "storeCode", String.class),
        typed(binding, "employeeCode", String.class),
        typed(binding, "occurredAt", LocalDateTime.class),
        typed(binding, "quantity", Integer.class),
        typed(binding, "minutes", Integer.class),
        typed(binding, "points", BigDecimal.class),
        typed(binding, "note", String.class));
  }

  private static <T> T typed(BindingResult binding, String field, Class<T> type) {
    Object value = binding.hasFieldErrors(field) ? null : binding.getFieldValue(field);
    return type.isInstance(value) ? type.cast(value) : null;
  }

  private String form(AccessScope scope, Model model) {
    IncidentForm form = (IncidentForm) model.getAttribute("form");
    model.addAttribute("stores", writableStores(scope));
    LocalDate day =
        form.occurredAt() == null ? organization.today() : form.occurredAt().toLocalDate();
    model.addAttribute(
        "types", form.storeCode() == null ? List.of() : options(form.storeCode(), day));
    model.addAttribute("selected", form.type());
    return "incidents/form";
  }

  private List<TypeOption> options(String storeCode, LocalDate day) {
    Locale locale = LocaleContextHolder.getLocale();
    return recorder.choices(storeCode, day).stream()
        .map(
            c ->
                new TypeOption(
                    c.type().code(),
                    c.type().label().in(locale),
                    c.pack().id(),
                    c.pack().version(),
                    c.type().clause(),
                    c.pack().clauses().stream()
                        .filter(cl -> cl.number().equals(c.type().clause()))
                        .findFirst()
                        .map(cl -> cl.summary().in(locale))
                        .orElse(""),
                    c.type().unit().name(),
                    c.type().employee().name(),
                    descriptions.describe(c.pack(), c.type().rule(), locale)))
        .toList();
  }

  /** The names of the employees the incidents concern, by code, in one query. */
  private Map<String, String> names(List<Incident> incidents) {
    return organization.employeeNames(
        incidents.stream()
            .map(Incident::getEmployeeCode)
            .filter(Objects::nonNull)
            .distinct()
            .toList());
  }

  private static Map<String, String> storeNames(List<Store> stores) {
    Map<String, String> names = new HashMap<>();
    stores.forEach(st -> names.put(st.getCode(), st.getName()));
    return names;
  }

  /** Type code → label in the user's language, from the adopted packs. */
  private Map<String, String> labels() {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> labels = new HashMap<>();
    catalog.typeLabels().forEach((code, text) -> labels.put(code, text.in(locale)));
    return labels;
  }

  private List<Store> writableStores(AccessScope scope) {
    return organization.visibleStores(scope).stream()
        .filter(s -> scope.canWriteStore(s.getId()))
        .toList();
  }

  /** The recording form's fields; the time is a local time in the group's zone. */
  record IncidentForm(
      String type,
      String storeCode,
      String employeeCode,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
      Integer quantity,
      Integer minutes,
      BigDecimal points,
      String note) {}
}
