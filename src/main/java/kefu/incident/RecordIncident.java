package kefu.incident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Rosters;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.RuleRefused;
import kefu.policy.Adoption;
import kefu.policy.Adoptions;
import kefu.policy.IncidentDraft;
import kefu.policy.IncidentProblem;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPack;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an incident: the store must be the user's to write, the month open, the type defined by
 * an adopted pack, the details acceptable to that type's rule, and the responsible employee in that
 * store on that day. The pack and clause in force that day are stored with the incident.
 */
@Service
public class RecordIncident {

  private final IncidentRepository incidents;
  private final IncidentLedger ledger;
  private final Organization organization;
  private final Rosters rosters;
  private final PolicyCatalog catalog;

  RecordIncident(
      IncidentRepository incidents,
      IncidentLedger ledger,
      Organization organization,
      Rosters rosters,
      PolicyCatalog catalog) {
    this.incidents = incidents;
    this.ledger = ledger;
    this.organization = organization;
    this.rosters = rosters;
    this.catalog = catalog;
  }

  /** What the caller says happened. */
  public record Params(
      String type,
      String storeCode,
      String employeeCode,
      OffsetDateTime occurredAt,
      Integer quantity,
      Integer minutes,
      BigDecimal points,
      String note) {}

  /** The type definitions a store can record on a day, for the recording form. */
  public record TypeChoice(PolicyPack pack, IncidentTypeDefinition type) {}

  @Transactional
  public Incident record(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    if (blank(p.type())) {
      shape.add(new FieldProblem("type", "validation.required"));
    }
    if (blank(p.storeCode())) {
      shape.add(new FieldProblem("storeCode", "validation.required"));
    }
    if (p.occurredAt() == null) {
      shape.add(new FieldProblem("occurredAt", "validation.required"));
    }
    int quantity = p.quantity() == null ? 1 : p.quantity();
    if (quantity < 1) {
      shape.add(new FieldProblem("quantity", "incident.quantityBelowOne"));
    }
    if (p.note() != null && p.note().length() > 1000) {
      shape.add(new FieldProblem("note", "incident.noteTooLong"));
    }
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String storeCode = p.storeCode().trim();
    long storeId =
        organization
            .storeId(storeCode)
            .orElseThrow(() -> new BadInput("storeCode", "incident.unknownStore"));
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + storeCode + " is outside your scope");
    }
    LocalDate day = p.occurredAt().atZoneSameInstant(organization.zone()).toLocalDate();
    ledger.requireOpen(YearMonth.from(day));

    String type = p.type().trim();
    Adoptions adoptions = catalog.inForce();
    Optional<Adoption> governing = adoptions.governing(type, storeCode, day);
    IncidentTypeDefinition definition =
        governing
            .flatMap(a -> a.pack().type(type))
            .or(() -> anyDefinition(type))
            .orElseThrow(() -> new RuleRefused("type", "incident.unknownType"));
    String employee = blank(p.employeeCode()) ? null : p.employeeCode().trim();
    List<IncidentProblem> problems =
        definition.check(new IncidentDraft(type, employee, quantity, p.minutes(), p.points()));
    if (!problems.isEmpty()) {
      throw new RuleRefused(
          "incident.refused",
          problems.stream()
              .map(x -> new FieldProblem(x.field(), "incident.problem." + x.code()))
              .toList());
    }
    if (employee != null && rosters.positionAt(employee, storeCode, day).isEmpty()) {
      throw new RuleRefused("employeeCode", "incident.employeeNotInStore");
    }
    // saving publishes IncidentRecorded
    return incidents.save(
        new Incident(
            type,
            storeCode,
            employee,
            p.occurredAt().toInstant(),
            day,
            quantity,
            p.minutes(),
            p.points(),
            blank(p.note()) ? null : p.note().trim(),
            governing.map(a -> a.pack().id()).orElse(null),
            governing.map(a -> a.pack().version()).orElse(null),
            governing.isPresent() ? definition.clause() : null,
            scope.username(),
            ledger.now()));
  }

  /** Types the packs in force at a store on a day define, for the form's type list. */
  public List<TypeChoice> choices(String storeCode, LocalDate day) {
    Adoptions adoptions = catalog.inForce();
    List<TypeChoice> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Adoption a : catalog.adoptions()) {
      for (IncidentTypeDefinition t : a.pack().types()) {
        if (!seen.contains(t.code())) {
          adoptions
              .governing(t.code(), storeCode, day)
              .ifPresent(
                  g -> {
                    seen.add(t.code());
                    out.add(new TypeChoice(g.pack(), g.pack().type(t.code()).orElseThrow()));
                  });
        }
      }
    }
    return out;
  }

  private Optional<IncidentTypeDefinition> anyDefinition(String type) {
    return catalog.adoptions().stream()
        .map(a -> a.pack().type(type))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
