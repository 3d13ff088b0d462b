package kefu.organization;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kefu.platform.ExcelImport;
import kefu.platform.ExcelImport.SheetRow;
import kefu.platform.FieldProblem;
import kefu.platform.RuleRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee import from a spreadsheet: every row is checked first, and only a file without a single
 * error is saved, in one transaction, so a bad file never leaves half its rows behind.
 */
@Service
public class EmployeeImport {

  /** Column order of the import sheet (and of its template). */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "name",
          "storeCode",
          "position",
          "level",
          "hiredOn",
          "baseSalary",
          "phone",
          "email");

  private final Organization organization;
  private final EmployeeRepository employees;
  private final StoreRepository stores;
  private final Validator validator;

  EmployeeImport(
      Organization organization,
      EmployeeRepository employees,
      StoreRepository stores,
      Validator validator) {
    this.organization = organization;
    this.employees = employees;
    this.stores = stores;
    this.validator = validator;
  }

  /** One sheet row as understood, with what is wrong with it (empty when it can be saved). */
  public record RowResult(int number, EmployeeForm form, List<FieldProblem> problems) {
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

  @Transactional(readOnly = true)
  public Preview preview(AccessScope scope, List<SheetRow> rows) {
    List<RowResult> results = new ArrayList<>();
    Set<String> codesInFile = new HashSet<>();
    for (SheetRow row : rows) {
      List<FieldProblem> problems = new ArrayList<>();
      EmployeeForm form = parse(row, problems);
      for (ConstraintViolation<EmployeeForm> v : validator.validate(form)) {
        String field = v.getPropertyPath().toString();
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
          problems.add(new FieldProblem(field, v.getMessage()));
        }
      }
      if (form.getCode() != null && !form.getCode().isBlank()) {
        if (!codesInFile.add(form.getCode().trim())) {
          problems.add(new FieldProblem("code", "import.duplicateInFile"));
        } else if (employees.existsByCode(form.getCode().trim())) {
          problems.add(new FieldProblem("code", "validation.duplicate"));
        }
      }
      if (form.getStoreCode() != null && !form.getStoreCode().isBlank()) {
        var store = stores.findByCode(form.getStoreCode().trim());
        if (store.isEmpty() || !scope.canWriteStore(store.get().getId())) {
          problems.add(new FieldProblem("storeCode", "import.storeNotAllowed"));
        }
      }
      if (form.getLeftOn() != null
          && form.getHiredOn() != null
          && form.getLeftOn().isBefore(form.getHiredOn())) {
        problems.add(new FieldProblem("leftOn", "validation.leftBeforeHired"));
      }
      results.add(new RowResult(row.number(), form, problems));
    }
    return new Preview(results);
  }

  /** Saves every row or none; refuses a file with any problem. */
  @Transactional
  public int importAll(AccessScope scope, List<SheetRow> rows) {
    Preview preview = preview(scope, rows);
    if (!preview.valid()) {
      throw new RuleRefused("import.hasErrors", List.of());
    }
    for (RowResult r : preview.rows()) {
      organization.createEmployee(scope, r.form());
    }
    return preview.rows().size();
  }

  private static EmployeeForm parse(SheetRow row, List<FieldProblem> problems) {
    EmployeeForm f = new EmployeeForm();
    f.setCode(row.cell(0));
    f.setName(row.cell(1));
    f.setStoreCode(row.cell(2));
    f.setPosition(parseEnum(Position.class, row.cell(3), "position", problems));
    f.setLevel(parseEnum(Level.class, row.cell(4), "level", problems));
    f.setHiredOn(parseDate(row.cell(5), "hiredOn", problems));
    f.setBaseSalary(ExcelImport.decimal(row.cell(6), "baseSalary", problems));
    f.setPhone(row.cell(7));
    f.setEmail(row.cell(8));
    return f;
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String value, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "import.unknownCode"));
      return null;
    }
  }

  private static LocalDate parseDate(String value, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim().replace('/', '-'));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "import.badDate"));
      return null;
    }
  }
}
