package kefu.incident;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.RuleRefused;
import kefu.policy.Adoption;
import kefu.policy.Adoptions;
import kefu.policy.IncidentDraft;
import kefu.policy.IncidentProblem;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPack;
import kefu.shared.Points;
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
  private final Assignments assignments;
  private final PolicyCatalog catalog;

  RecordIncident(
      IncidentRepository incidents,
      IncidentLedger ledger,
      Organization organization,
      Assignments assignments,
      PolicyCatalog catalog) {
    this.incidents = incidents;
    this.ledger = ledger;
    this.organization = organization;
    this.assignments = assignments;
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

  /**
   * The most days, customers, items or minutes one incident counts: more is a typing slip, and
   * would overflow the month's totals.
   */
  private static final int MAX_COUNT = 9_999;

  /**
   * What recording looks up about the world. Recording one incident asks the database each time; an
   * import reads everything once for all its rows ({@link IncidentImport}).
   */
  interface Lookups {
    ZoneId zone();

    /** When the incident counts as recorded. */
    Instant now();

    Optional<Long> storeId(String code);

    /** Refuses a month that is closed for changes with a {@link kefu.platform.Conflict}. */
    void requireOpen(YearMonth month);

    List<Adoption> adoptions();

    Adoptions inForce();

    boolean heldPost(String employeeCode, String storeCode, LocalDate day);
  }

  @Transactional
  public Incident record(AccessScope scope, Params p) {
    // saving publishes IncidentRecorded
    return incidents.save(check(scope, p, live()));
  }

  /**
   * The incident as it would be recorded, not saved; throws what recording would refuse it with:
   * {@link BadInput}, {@link RuleRefused}, {@link Forbidden}, or a conflict for a closed month.
   */
  Incident check(AccessScope scope, Params p, Lookups lookups) {
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
    } else if (quantity > MAX_COUNT) {
      shape.add(new FieldProblem("quantity", "validation.tooLarge"));
    }
    if (p.minutes() != null && p.minutes() > MAX_COUNT) {
      shape.add(new FieldProblem("minutes", "validation.tooLarge"));
    }
    if (p.points() != null && !Points.isExact(p.points())) {
      shape.add(new FieldProblem("points", "validation.decimals"));
    }
    InputRules.checkText(shape, "type", p.type(), 64, false);
    InputRules.checkText(shape, "storeCode", p.storeCode(), 32, false);
    InputRules.checkText(shape, "employeeCode", p.employeeCode(), 32, false);
    if (p.note() != null && !InputRules.isMultiLine(p.note())) {
      shape.add(new FieldProblem("note", InputRules.CONTROL_CHARACTERS));
    } else if (p.note() != null && p.note().length() > 1000) {
      shape.add(new FieldProblem("note", "incident.noteTooLong"));
    }
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String storeCode = p.storeCode().trim();
    long storeId =
        lookups
            .storeId(storeCode)
            .orElseThrow(() -> new BadInput("storeCode", "incident.unknownStore"));
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + storeCode + " is outside your scope");
    }
    LocalDate day = p.occurredAt().atZoneSameInstant(lookups.zone()).toLocalDate();
    lookups.requireOpen(YearMonth.from(day));

    String type = p.type().trim();
    Optional<Adoption> governing = lookups.inForce().governing(type, storeCode, day);
    IncidentTypeDefinition definition =
        governing
            .flatMap(a -> a.pack().type(type))
            .or(() -> anyDefinition(lookups.adoptions(), type))
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
    if (employee != null && !lookups.heldPost(employee, storeCode, day)) {
      throw new RuleRefused("employeeCode", "incident.employeeNotInStore");
    }
    return new Incident(
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
        scope.role(),
        lookups.now());
  }

  private Lookups live() {
    return new Lookups() {
      @Override
      public ZoneId zone() {
        return organization.zone();
      }

      @Override
      public Instant now() {
        return ledger.now();
      }

      @Override
      public Optional<Long> storeId(String code) {
        return organization.storeId(code);
      }

      @Override
      public void requireOpen(YearMonth month) {
        ledger.requireOpen(month);
      }

      @Override
      public List<Adoption> adoptions() {
        return catalog.adoptions();
      }

      @Override
      public Adoptions inForce() {
        return catalog.inForce();
      }

      @Override
      public boolean heldPost(String employeeCode, String storeCode, LocalDate day) {
        return assignments.positionAt(employeeCode, storeCode, day).isPresent();
      }
    };
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

  private static Optional<IncidentTypeDefinition> anyDefinition(
      List<Adoption> adoptions, String type) {
    return adoptions.stream().map(a -> a.pack().type(type)).flatMap(Optional::stream).findFirst();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
