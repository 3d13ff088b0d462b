package kefu.organization;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import kefu.audit.AuditTrail;
import kefu.platform.CodeLabels;
import kefu.platform.ExcelImport;
import kefu.platform.FieldProblem;
import kefu.platform.ImportColumn;
import kefu.platform.ImportFormat;
import kefu.platform.ImportLabels;
import kefu.platform.ImportRun;
import kefu.platform.Importer;
import kefu.platform.SheetRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee import from a spreadsheet: each row passes the checks of the employee form (the same
 * constraints as the web form and the API) and of the first post; the stores the user may write and
 * the codes already taken are read once per import, and the rows are saved in JDBC batches.
 */
@Service
public class EmployeeImport implements Importer<AccessScope> {

  /** The columns in order; {@link #format} adds what the coded ones take for the reader. */
  public static final ImportFormat FORMAT =
      new ImportFormat(
          "employees",
          "employee.",
          "export.employees.sheet",
          List.of(
              ImportColumn.of("code", "E1001"),
              ImportColumn.of("name", "张三"),
              ImportColumn.of("storeCode", "S01"),
              ImportColumn.of("position", Position.CS_AGENT.name()),
              ImportColumn.of("level", Level.JUNIOR.name()),
              ImportColumn.of("hiredOn", "2026-01-05"),
              ImportColumn.of("baseSalary", "3,000.00"),
              ImportColumn.of("phone", "13800000000"),
              ImportColumn.of("email", "zhangsan@example.com")));

  private final StoreRepository stores;
  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Validator validator;
  private final AuditTrail audit;
  private final ImportLabels labels;
  private final CurrentUser currentUser;

  EmployeeImport(
      StoreRepository stores,
      JdbcClient jdbc,
      JdbcTemplate batch,
      Validator validator,
      AuditTrail audit,
      ImportLabels labels,
      CurrentUser currentUser) {
    this.stores = stores;
    this.jdbc = jdbc;
    this.batch = batch;
    this.validator = validator;
    this.audit = audit;
    this.labels = labels;
    this.currentUser = currentUser;
  }

  /** The positions by code and by label, in Chinese and English. */
  public CodeLabels positions() {
    return labels.of("position.", names(Position.values()));
  }

  /** The levels by code and by label, in Chinese and English. */
  public CodeLabels levels() {
    return labels.of("level.", names(Level.values()));
  }

  /** The stores by code and by name. */
  static CodeLabels storeLabels(Collection<Store> stores) {
    CodeLabels labels = new CodeLabels();
    stores.forEach(s -> labels.add(s.getCode(), s.getName()));
    return labels;
  }

  /**
   * The sheet as uploads are read and previewed: positions, levels and stores shown by label with
   * the code beside them.
   */
  @Override
  @Transactional(readOnly = true)
  public ImportFormat format() {
    return labelled(stores.findAll());
  }

  /** The template for the current user: only the stores they may write in its drop-down. */
  @Override
  @Transactional(readOnly = true)
  public ImportFormat templateFormat() {
    AccessScope scope = currentUser.scope();
    return labelled(stores.findAll().stream().filter(s -> scope.canWriteStore(s.getId())).toList());
  }

  private ImportFormat labelled(List<Store> offered) {
    List<ImportColumn> columns = new ArrayList<>(FORMAT.columns());
    String exampleStore = offered.isEmpty() ? "S01" : offered.get(0).getCode();
    columns.set(2, ImportColumn.coded("storeCode", exampleStore, storeLabels(offered)));
    columns.set(3, ImportColumn.coded("position", Position.CS_AGENT.name(), positions()));
    columns.set(4, ImportColumn.coded("level", Level.JUNIOR.name(), levels()));
    return FORMAT.withColumns(columns);
  }

  /** An import for this user: the stores they may write and the codes in use, read now. */
  @Override
  @Transactional(readOnly = true)
  public ImportRun<Employee> run(AccessScope scope) {
    List<Store> all = stores.findAll();
    Map<String, Store> writable =
        all.stream()
            .filter(s -> scope.canWriteStore(s.getId()))
            .collect(Collectors.toMap(Store::getCode, Function.identity()));
    Set<String> taken =
        new HashSet<>(jdbc.sql("select code from employee").query(String.class).list());
    return new Run(
        validator, new Codes(storeLabels(all), positions(), levels()), writable, taken, this::save);
  }

  /** How the coded cells of a row are read: by code, label or name. */
  record Codes(CodeLabels stores, CodeLabels positions, CodeLabels levels) {}

  /** The checks of one import: the rows need nothing but what was read when it began. */
  static final class Run implements ImportRun<Employee> {
    private final Validator validator;
    private final Codes codes;
    private final Map<String, Store> writable;
    private final Set<String> taken;
    private final Consumer<List<Employee>> saver;

    Run(
        Validator validator,
        Codes codes,
        Map<String, Store> writable,
        Set<String> taken,
        Consumer<List<Employee>> saver) {
      this.validator = validator;
      this.codes = codes;
      this.writable = writable;
      this.taken = taken;
      this.saver = saver;
    }

    @Override
    public Employee check(SheetRow row, List<FieldProblem> problems) {
      int before = problems.size();
      EmployeeForm form = parse(row, codes, problems);
      for (ConstraintViolation<EmployeeForm> v : validator.validate(form)) {
        problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
      }
      String code = form.getCode() == null ? "" : form.getCode().trim();
      // codes of this file count as taken from the row that brings them
      if (!code.isEmpty() && !taken.add(code)) {
        problems.add(new FieldProblem("code", "validation.duplicate"));
      }
      Store store = writable.get(form.getStoreCode().trim());
      if (!form.getStoreCode().isBlank()
          && store == null
          && problems.stream().noneMatch(p -> p.field().equals("storeCode"))) {
        problems.add(new FieldProblem("storeCode", "import.storeNotAllowed"));
      }
      if (problems.size() > before) {
        return null;
      }
      Employee e = new Employee(form.details());
      try {
        e.assign(store, form.getPosition(), form.getHiredOn());
      } catch (AssignmentRefused refused) {
        problems.add(new FieldProblem("hiredOn", refused.code()));
        return null;
      }
      return e;
    }

    @Override
    public void save(List<Employee> rows) {
      saver.accept(rows);
    }

    private static EmployeeForm parse(SheetRow row, Codes codes, List<FieldProblem> problems) {
      EmployeeForm f = new EmployeeForm();
      f.setCode(row.cell(0));
      f.setName(row.cell(1));
      // a store name no store has is left as typed: it is refused as not writable below
      f.setStoreCode(codes.stores().codeOrTyped(row.cell(2), "storeCode", problems));
      String position = codes.positions().code(row.cell(3), "position", problems);
      f.setPosition(position == null ? null : Position.valueOf(position));
      String level = codes.levels().code(row.cell(4), "level", problems);
      f.setLevel(level == null ? null : Level.valueOf(level));
      f.setHiredOn(ExcelImport.date(row.cell(5), "hiredOn", problems));
      f.setBaseSalary(ExcelImport.decimal(row.cell(6), "baseSalary", 2, problems));
      f.setPhone(row.cell(7));
      f.setEmail(row.cell(8));
      return f;
    }
  }

  private void save(List<Employee> rows) {
    batch.batchUpdate(
        """
        insert into employee (code, name, hired_on, left_on, level, base_salary, phone, email)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        rows,
        rows.size(),
        (ps, e) -> {
          ps.setString(1, e.getCode());
          ps.setString(2, e.getName());
          ps.setObject(3, e.getHiredOn());
          ps.setObject(4, e.getLeftOn(), Types.DATE);
          PayTerms pay = e.getPayHistory().get(0);
          ps.setString(5, pay.getLevel().name());
          ps.setBigDecimal(6, pay.getBaseSalary());
          ps.setString(7, e.getPhone());
          ps.setString(8, e.getEmail());
        });
    // the first post and the first pay, each joined to the employee row just written by its code
    perEmployee(
        "assignment (employee_id, store_id, position, valid_from)",
        rows,
        (ps, e) -> {
          Assignment a = e.getAssignments().get(0);
          ps.setLong(1, a.getStore().getId());
          ps.setString(2, a.getPosition().name());
          ps.setObject(3, a.getValidFrom());
        });
    perEmployee(
        "employee_pay (employee_id, valid_from, level, base_salary)",
        rows,
        (ps, e) -> {
          PayTerms pay = e.getPayHistory().get(0);
          ps.setObject(1, pay.getValidFrom());
          ps.setString(2, pay.getLevel().name());
          ps.setBigDecimal(3, pay.getBaseSalary());
        });
    Map<Object, Object> created = new LinkedHashMap<>();
    rows.forEach(e -> created.put(e.getCode(), Organization.snapshot(e)));
    audit.createdAll("employee", created);
  }

  /**
   * Inserts one row per employee into {@code table (employee_id, three columns)}: the setter fills
   * parameters 1–3, the employee's id is found by code.
   */
  private void perEmployee(
      String table, List<Employee> rows, ParameterizedPreparedStatementSetter<Employee> setter) {
    batch.batchUpdate(
        "insert into " + table + " select id, ?, ?, ? from employee where code = ?",
        rows,
        rows.size(),
        (ps, e) -> {
          setter.setValues(ps, e);
          ps.setString(4, e.getCode());
        });
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
