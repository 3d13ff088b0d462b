package kefu.incident;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kefu.audit.AuditTrail;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.CodeLabels;
import kefu.platform.Conflict;
import kefu.platform.ExcelImport;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.ImportColumn;
import kefu.platform.ImportFormat;
import kefu.platform.ImportRun;
import kefu.platform.Importer;
import kefu.platform.RuleRefused;
import kefu.platform.SheetRow;
import kefu.policy.Adoption;
import kefu.policy.Adoptions;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.PolicyCatalog;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * Incident import from a spreadsheet: each row goes through exactly the checks of {@link
 * RecordIncident}, with the stores, the adopted packs, the month locks and the posts of each month
 * read once per import instead of once per row, and the rows are saved in JDBC batches.
 */
@Service
public class IncidentImport implements Importer<AccessScope> {

  /** Times are local times in the group's zone. */
  public static final ImportFormat FORMAT =
      new ImportFormat(
          "incidents",
          "incident.",
          "incident.sheet",
          List.of(
              ImportColumn.of("type", "LATE_ARRIVAL"),
              ImportColumn.of("storeCode", "S01"),
              ImportColumn.of("employeeCode", "E1001"),
              ImportColumn.time("occurredAt", "2026-11-03 09:20"),
              ImportColumn.of("quantity", "1"),
              ImportColumn.of("minutes", "10"),
              ImportColumn.of("points", ""),
              ImportColumn.of("note", "")));

  private final RecordIncident recorder;
  private final IncidentLedger ledger;
  private final Organization organization;
  private final Assignments assignments;
  private final PolicyCatalog catalog;
  private final JdbcTemplate batch;
  private final AuditTrail audit;

  IncidentImport(
      RecordIncident recorder,
      IncidentLedger ledger,
      Organization organization,
      Assignments assignments,
      PolicyCatalog catalog,
      JdbcTemplate batch,
      AuditTrail audit) {
    this.recorder = recorder;
    this.ledger = ledger;
    this.organization = organization;
    this.assignments = assignments;
    this.catalog = catalog;
    this.batch = batch;
    this.audit = audit;
  }

  /**
   * The sheet with the types the adopted packs define, each by its label with the code beside it,
   * and the stores by name and code, for the template's drop-downs and the preview.
   */
  @Override
  public ImportFormat format() {
    List<ImportColumn> columns = new ArrayList<>(FORMAT.columns());
    columns.set(0, ImportColumn.coded("type", "LATE_ARRIVAL", typeLabels(catalog.adoptions())));
    columns.set(1, ImportColumn.coded("storeCode", "S01", organization.storeLabels()));
    return FORMAT.withColumns(columns);
  }

  /** The types of the adoptions given, by code and by their Chinese and English labels. */
  private static CodeLabels typeLabels(Collection<Adoption> adoptions) {
    Locale reader = LocaleContextHolder.getLocale();
    CodeLabels labels = new CodeLabels();
    adoptions.stream()
        .flatMap(a -> a.pack().types().stream())
        .sorted(Comparator.comparing(IncidentTypeDefinition::code))
        .forEach(t -> labels.add(t.code(), t.label().in(reader), t.label().zh(), t.label().en()));
    return labels;
  }

  /** An import for this user, with what the checks look up read now or once per month. */
  @Override
  public ImportRun<Incident> run(AccessScope scope) {
    ZoneId zone = organization.zone();
    Preloaded lookups =
        new Preloaded(zone, ledger.now(), organization.storeIds(), catalog.adoptions());
    Codes codes = new Codes(organization.storeLabels(), catalog.adoptions(), zone);
    return new ImportRun<>() {
      @Override
      public Incident check(SheetRow row, List<FieldProblem> problems) {
        RecordIncident.Params params = parse(codes.read(row, problems), zone, problems);
        if (!problems.isEmpty()) {
          return null;
        }
        try {
          return recorder.check(scope, params, lookups);
        } catch (BadInput e) {
          problems.addAll(e.problems());
        } catch (RuleRefused e) {
          problems.addAll(
              e.problems().isEmpty()
                  ? List.of(new FieldProblem("type", e.getMessage()))
                  : e.problems());
        } catch (Forbidden e) {
          problems.add(new FieldProblem("storeCode", "import.storeNotAllowed"));
        } catch (Conflict e) {
          problems.add(new FieldProblem("occurredAt", "incident.monthLocked"));
        }
        return null;
      }

      @Override
      public void save(List<Incident> rows) {
        IncidentImport.this.save(rows);
      }
    };
  }

  static RecordIncident.Params parse(SheetRow row, ZoneId zone, List<FieldProblem> problems) {
    return new RecordIncident.Params(
        row.cell(0),
        row.cell(1),
        row.cell(2),
        ExcelImport.dateTime(row.cell(3), zone, "occurredAt", problems),
        ExcelImport.integer(row.cell(4), "quantity", problems),
        ExcelImport.integer(row.cell(5), "minutes", problems),
        ExcelImport.decimal(row.cell(6), "points", 1, problems),
        row.cell(7));
  }

  /**
   * Store names and type labels read as codes before the row is checked: a type by its label among
   * the packs in force for the row's store and day (a label two of them give different types is
   * refused as ambiguous). A text that is neither is left as typed, for recording to refuse.
   */
  static final class Codes {
    private final CodeLabels stores;
    private final List<Adoption> adoptions;
    private final ZoneId zone;
    private final Map<String, CodeLabels> typesInForce = new HashMap<>();

    Codes(CodeLabels stores, List<Adoption> adoptions, ZoneId zone) {
      this.stores = stores;
      this.adoptions = adoptions;
      this.zone = zone;
    }

    SheetRow read(SheetRow row, List<FieldProblem> problems) {
      List<String> cells = new ArrayList<>(row.cells());
      String store = stores.codeOrTyped(row.cell(1), "storeCode", problems);
      cells.set(1, store);
      var at = ExcelImport.dateTime(row.cell(3), zone, "occurredAt", new ArrayList<>());
      if (at != null) {
        LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
        CodeLabels types =
            typesInForce.computeIfAbsent(
                store + "|" + day,
                k -> typeLabels(adoptions.stream().filter(a -> a.inForce(store, day)).toList()));
        cells.set(0, types.codeOrTyped(row.cell(0), "type", problems));
      }
      return new SheetRow(row.number(), cells, row.cellProblems());
    }
  }

  /** Whose posts at which store: what a month's posts are grouped by. */
  private record PostAt(String employeeCode, String storeCode) {}

  /** Everything recording looks up, read once per import (posts once per month met). */
  private final class Preloaded implements RecordIncident.Lookups {
    private final ZoneId zone;
    private final Instant now;
    private final Map<String, Long> storeIds;
    private final List<Adoption> adoptions;
    private final Adoptions inForce;
    private final Map<YearMonth, Optional<RuntimeException>> months = new HashMap<>();
    private final Map<YearMonth, Map<PostAt, List<AssignmentPeriod>>> posts = new HashMap<>();

    Preloaded(ZoneId zone, Instant now, Map<String, Long> storeIds, List<Adoption> adoptions) {
      this.zone = zone;
      this.now = now;
      this.storeIds = storeIds;
      this.adoptions = adoptions;
      this.inForce = new Adoptions(adoptions);
    }

    @Override
    public ZoneId zone() {
      return zone;
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public Optional<Long> storeId(String code) {
      return Optional.ofNullable(storeIds.get(code));
    }

    @Override
    public void requireOpen(YearMonth month) {
      Optional<RuntimeException> refusal =
          months.computeIfAbsent(
              month,
              m -> {
                try {
                  ledger.requireOpen(m);
                  return Optional.empty();
                } catch (Conflict e) {
                  return Optional.of(e);
                }
              });
      if (refusal.isPresent()) {
        throw refusal.get();
      }
    }

    @Override
    public List<Adoption> adoptions() {
      return adoptions;
    }

    @Override
    public Adoptions inForce() {
      return inForce;
    }

    @Override
    public boolean heldPost(String employeeCode, String storeCode, LocalDate day) {
      Map<PostAt, List<AssignmentPeriod>> month =
          posts.computeIfAbsent(
              YearMonth.from(day),
              m ->
                  assignments.overlapping(m).stream()
                      .collect(
                          Collectors.groupingBy(p -> new PostAt(p.employeeCode(), p.storeCode()))));
      return month.getOrDefault(new PostAt(employeeCode, storeCode), List.of()).stream()
          .anyMatch(p -> !p.from().isAfter(day) && (p.to() == null || !p.to().isBefore(day)));
    }
  }

  private void save(List<Incident> rows) {
    KeyHolder keys = new GeneratedKeyHolder();
    batch.batchUpdate(
        con ->
            con.prepareStatement(
                """
                insert into incident (type, store_code, employee_code, occurred_at, occurred_on,
                  quantity, minutes, points, note, status, pack_id, pack_version, clause,
                  recorded_by, recorded_by_role, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            Incident n = rows.get(i);
            ps.setString(1, n.getType());
            ps.setString(2, n.getStoreCode());
            ps.setString(3, n.getEmployeeCode());
            ps.setObject(4, n.getOccurredAt().atOffset(ZoneOffset.UTC));
            ps.setObject(5, n.getOccurredOn());
            ps.setInt(6, n.getQuantity());
            ps.setObject(7, n.getMinutes(), Types.INTEGER);
            ps.setBigDecimal(8, n.getPoints());
            ps.setString(9, n.getNote());
            ps.setString(10, n.getStatus().name());
            ps.setString(11, n.getPackId());
            ps.setObject(12, n.getPackVersion(), Types.INTEGER);
            ps.setString(13, n.getClause());
            ps.setString(14, n.getRecordedBy());
            ps.setString(15, n.getRecordedByRole() == null ? null : n.getRecordedByRole().name());
            ps.setObject(16, n.getRecordedAt().atOffset(ZoneOffset.UTC));
          }

          @Override
          public int getBatchSize() {
            return rows.size();
          }
        },
        keys);
    List<Map<String, Object>> ids = keys.getKeyList();
    Map<Object, Object> created = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      created.put(((Number) ids.get(i).get("id")).longValue(), rows.get(i).snapshot());
    }
    audit.createdAll(Incident.AUDITED_AS, created);
  }
}
