package kefu.incident;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.ExcelImport;
import kefu.platform.ExcelImport.SheetRow;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.RuleRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Incident import from a spreadsheet, all or nothing: each row goes through exactly the checks of
 * {@link RecordIncident}; the preview runs them in a transaction that is always rolled back, and
 * the import saves only a file in which every row passed.
 */
@Service
public class IncidentImport {

  /** Column order of the sheet and its template; times are local times in the group's zone. */
  public static final List<String> COLUMNS =
      List.of(
          "type",
          "storeCode",
          "employeeCode",
          "occurredAt",
          "quantity",
          "minutes",
          "points",
          "note");

  private static final DateTimeFormatter[] TIME_FORMATS = {
    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
    DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
    DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]")
  };

  private final RecordIncident recorder;
  private final Organization organization;

  IncidentImport(RecordIncident recorder, Organization organization) {
    this.recorder = recorder;
    this.organization = organization;
  }

  /** One row as understood and what is wrong with it (nothing when it can be recorded). */
  public record RowResult(int number, RecordIncident.Params params, List<FieldProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public record Preview(List<RowResult> rows) {
    public boolean valid() {
      return !rows.isEmpty() && rows.stream().allMatch(RowResult::valid);
    }

    public long errorCount() {
      return rows.stream().filter(r -> !r.valid()).count();
    }
  }

  /** Tries every row and rolls everything back, so the preview saves nothing. */
  @Transactional
  public Preview preview(AccessScope scope, List<SheetRow> rows) {
    Preview preview = tryAll(scope, rows);
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    return preview;
  }

  /** Records every row in one transaction, or none when any row fails. */
  @Transactional
  public int importAll(AccessScope scope, List<SheetRow> rows) {
    Preview preview = tryAll(scope, rows);
    if (!preview.valid()) {
      throw new RuleRefused("import.hasErrors", List.of());
    }
    return preview.rows().size();
  }

  private Preview tryAll(AccessScope scope, List<SheetRow> rows) {
    ZoneId zone = organization.zone();
    List<RowResult> results = new ArrayList<>();
    for (SheetRow row : rows) {
      List<FieldProblem> problems = new ArrayList<>();
      RecordIncident.Params params = parse(row, zone, problems);
      if (problems.isEmpty()) {
        try {
          recorder.record(scope, params);
        } catch (BadInput e) {
          problems.addAll(e.problems());
        } catch (RuleRefused e) {
          problems.addAll(
              e.problems().isEmpty()
                  ? List.of(new FieldProblem("type", e.getMessage()))
                  : e.problems());
        } catch (Forbidden e) {
          problems.add(new FieldProblem("storeCode", "import.storeNotAllowed"));
        } catch (kefu.platform.Conflict e) {
          problems.add(new FieldProblem("occurredAt", "incident.monthLocked"));
        }
      }
      results.add(new RowResult(row.number(), params, problems));
    }
    return new Preview(results);
  }

  private static RecordIncident.Params parse(
      SheetRow row, ZoneId zone, List<FieldProblem> problems) {
    return new RecordIncident.Params(
        row.cell(0),
        row.cell(1),
        row.cell(2),
        time(row.cell(3), zone, problems),
        ExcelImport.integer(row.cell(4), "quantity", problems),
        ExcelImport.integer(row.cell(5), "minutes", problems),
        ExcelImport.decimal(row.cell(6), "points", problems),
        row.cell(7));
  }

  private static OffsetDateTime time(String value, ZoneId zone, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.length() == 10) {
      v = v + " 00:00";
    }
    for (DateTimeFormatter f : TIME_FORMATS) {
      try {
        return LocalDateTime.parse(v, f).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException ignored) {
        // try the next accepted form
      }
    }
    problems.add(new FieldProblem("occurredAt", "import.badDateTime"));
    return null;
  }
}
