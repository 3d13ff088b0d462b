package kefu.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A regulation as data: identity and version, where it comes from, its clauses with their incident
 * types and rules, an optional points scale, and the sections other modules read for themselves
 * ({@link PackSectionReader}). Immutable; obtained from {@link PolicyPackParser} or {@link
 * BuiltInPacks}.
 */
public final class PolicyPack {
  private final String id;
  private final int version;
  private final LocalizedText title;
  private final String documentNumber;
  private final LocalDate issuedOn;
  private final LocalDate effectiveFrom;
  private final PointsScale scale;
  private final List<Clause> clauses;
  private final Map<Class<?>, Object> sections;
  private final Map<String, IncidentTypeDefinition> types = new LinkedHashMap<>();

  PolicyPack(
      String id,
      int version,
      LocalizedText title,
      String documentNumber,
      LocalDate issuedOn,
      LocalDate effectiveFrom,
      PointsScale scale,
      List<Clause> clauses,
      Map<Class<?>, Object> sections) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = version;
    this.title = Objects.requireNonNull(title, "title");
    this.documentNumber = documentNumber;
    this.issuedOn = issuedOn;
    this.effectiveFrom = effectiveFrom;
    this.scale = scale;
    this.clauses = List.copyOf(clauses);
    this.sections = Map.copyOf(sections);
    for (Clause clause : this.clauses) {
      for (IncidentTypeDefinition type : clause.types()) {
        types.put(type.code(), type);
      }
    }
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public LocalizedText title() {
    return title;
  }

  /** The source document's number, if it has one. */
  public Optional<String> documentNumber() {
    return Optional.ofNullable(documentNumber);
  }

  public Optional<LocalDate> issuedOn() {
    return Optional.ofNullable(issuedOn);
  }

  /**
   * The date the source document itself took effect, if it names one. A group's adoption date is
   * separate and is what the month close uses.
   */
  public Optional<LocalDate> effectiveFrom() {
    return Optional.ofNullable(effectiveFrom);
  }

  public Optional<PointsScale> scale() {
    return Optional.ofNullable(scale);
  }

  public List<Clause> clauses() {
    return clauses;
  }

  /**
   * A section read by its {@link PackSectionReader}, by the type it reads as; empty when absent.
   */
  public <T> Optional<T> section(Class<T> type) {
    return Optional.ofNullable(type.cast(sections.get(type)));
  }

  /** Every incident type of the pack, in clause order. */
  public List<IncidentTypeDefinition> types() {
    return List.copyOf(types.values());
  }

  public Optional<IncidentTypeDefinition> type(String code) {
    return Optional.ofNullable(types.get(code));
  }

  public boolean defines(String typeCode) {
    return types.containsKey(typeCode);
  }

  /**
   * Why an incident cannot be recorded under this pack; empty when it can. The caller still checks
   * what only it knows (that the employee works at the store on that date, the month is open).
   */
  public List<IncidentProblem> check(IncidentDraft draft) {
    IncidentTypeDefinition type = types.get(draft.type());
    if (type == null) {
      return List.of(
          new IncidentProblem(
              IncidentProblem.UNKNOWN_TYPE,
              "type",
              "pack " + id + " v" + version + " has no incident type " + draft.type()));
    }
    return type.check(draft);
  }

  @Override
  public String toString() {
    return id + " v" + version;
  }
}
