package kefu.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.Adoption;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.NewAdoption;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPacks;
import kefu.policy.RuleFigures;
import kefu.shared.Points;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills an empty, migrated Kefu database on PostgreSQL with a large group for the month-close
 * benchmark: {@code stores} stores of 20 people each (1 store manager, 1 CS manager except in every
 * 10th store, 1 supervisor, 2 front desk, 15 CS agents; 16 where there is no CS manager), a few
 * hundred agents transferred to another store in the middle of the month, and {@code incidents}
 * recorded incidents of the month spread over the built-in packs' types.
 *
 * <p>Everything is set-based SQL ({@code insert … select … from generate_series}); every "random"
 * choice is {@code hashint8extended(n, salt)} of the row number, so the same shape gives the same
 * rows, byte for byte, on every run and machine.
 */
public final class BenchmarkData {

  /** What to generate. The month must be after {@link #ADOPTED_FROM}. */
  public record Shape(int stores, int incidents, YearMonth month) {
    public static final Shape ISSUE = new Shape(500, 1_000_000, YearMonth.of(2026, 3));

    public int employees() {
      return stores * PEOPLE_PER_STORE;
    }
  }

  /** What was generated. */
  public record Counts(
      long stores, long employees, long assignments, long transfers, long incidents) {}

  static final int PEOPLE_PER_STORE = 20;
  static final LocalDate ADOPTED_FROM = LocalDate.of(2026, 1, 1);
  private static final AccessScope SYSTEM = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final String[] BUILT_IN_PACKS = {"group-cs-2010", "ecommerce-cs-10pt"};

  /** Who an incident of a type names, as a slot in the store's people (see {@link #SLOT}). */
  enum Who {
    /** Anybody in the store (store manager included). */
    ANYONE,
    /** Anybody in the CS department: slots 1–19. */
    CS_STAFF,
    /** One of the two front-desk people. */
    FRONT_DESK,
    /** The store's CS head: the CS manager, or the store manager where there is none. */
    CS_HEAD,
    /** An optional employee: the CS head half of the time, nobody the other half. */
    CS_HEAD_OR_NOBODY,
    /** A store-level incident: nobody. */
    STORE
  }

  /** A type's share of the incidents (per 10,000), whom it names and its largest quantity. */
  record Mix(String type, int weight, Who who, int maxQuantity) {}

  /** The month's mix: attendance and service points two thirds, fines one third. */
  static final List<Mix> MIX =
      List.of(
          // ecommerce-cs-10pt: points
          new Mix("LATE_ARRIVAL", 1500, Who.ANYONE, 1),
          new Mix("CLOCK_MISSED", 800, Who.ANYONE, 1),
          new Mix("LEAVE", 700, Who.ANYONE, 1),
          new Mix("ABSENCE", 400, Who.ANYONE, 1),
          new Mix("ABSENTEEISM", 100, Who.ANYONE, 1),
          new Mix("ONLINE_STATUS_LAPSE", 800, Who.CS_STAFF, 1),
          new Mix("UNANSWERED_COMPLAINT", 700, Who.CS_STAFF, 1),
          new Mix("ATTITUDE_COMPLAINT", 500, Who.CS_STAFF, 1),
          new Mix("WORK_NOT_COMPLETED", 800, Who.CS_STAFF, 1),
          new Mix("PERSISTENT_BAD_ATTITUDE", 50, Who.CS_STAFF, 1),
          new Mix("PHONE_UNANSWERED_COMPLAINTS", 150, Who.CS_STAFF, 1),
          // group-cs-2010: fines
          new Mix("CALLBACK_RECORDING_MISMATCH", 1000, Who.CS_STAFF, 1),
          new Mix("CALLBACK_DATA_MISSING", 400, Who.CS_STAFF, 3),
          new Mix("SHOWROOM_FALSE_OR_MISSED", 500, Who.FRONT_DESK, 2),
          new Mix("SHOWROOM_DATA_INCONSISTENT", 400, Who.FRONT_DESK, 3),
          new Mix("FRONT_DESK_REST_UNNOTIFIED", 200, Who.FRONT_DESK, 1),
          new Mix("FRONT_DESK_COVER_NOT_ARRANGED", 100, Who.CS_HEAD, 1),
          new Mix("REPORT_LATE", 500, Who.CS_STAFF, 1),
          new Mix("OA_TASK_LATE", 150, Who.CS_HEAD_OR_NOBODY, 1),
          new Mix("MANUFACTURER_MAIL_LATE", 100, Who.CS_HEAD_OR_NOBODY, 1),
          new Mix("ARCHIVE_LATE", 50, Who.CS_HEAD_OR_NOBODY, 1),
          new Mix("MEETING_NOT_HELD", 50, Who.STORE, 1),
          new Mix("IMPORTANT_COMPLAINT_UNREPORTED", 50, Who.STORE, 1));

  /** The slot (0–19) of the person an incident names, in SQL over the row {@code p}. */
  private static final Map<Who, String> SLOT =
      Map.of(
          Who.ANYONE,
          h("p.n", 5, PEOPLE_PER_STORE),
          Who.CS_STAFF,
          "1 + " + h("p.n", 5, PEOPLE_PER_STORE - 1),
          Who.FRONT_DESK,
          "3 + " + h("p.n", 5, 2),
          Who.CS_HEAD,
          "case when p.store_no % 10 = 0 then 0 else 1 end",
          Who.CS_HEAD_OR_NOBODY,
          "case when "
              + h("p.n", 6, 2)
              + " = 0 then null"
              + " when p.store_no % 10 = 0 then 0 else 1 end",
          Who.STORE,
          "null");

  private final JdbcTemplate jdbc;
  private final PolicyPacks packs;
  private final PolicyCatalog catalog;

  public BenchmarkData(JdbcTemplate jdbc, PolicyPacks packs, PolicyCatalog catalog) {
    this.jdbc = jdbc;
    this.packs = packs;
    this.catalog = catalog;
  }

  /** Generates the shape into an empty database (the app's start-up data only). */
  public Counts generate(Shape shape) {
    Long existing = jdbc.queryForObject("select count(*) from store", Long.class);
    if (existing == null || existing > 0) {
      throw new IllegalStateException("the database already has stores: generate into a new one");
    }
    if (!shape.month().atDay(1).isAfter(ADOPTED_FROM)) {
      throw new IllegalArgumentException("the month must be after " + ADOPTED_FROM);
    }
    adoptBuiltInPacks();
    stores(shape);
    employees(shape);
    assignments();
    long transfers = transfers(shape);
    incidents(shape);
    jdbc.execute("analyze store, employee, assignment, incident");
    requireEveryoneInTheirStore(shape);
    return new Counts(
        count("store"), count("employee"), count("assignment"), transfers, count("incident"));
  }

  /** Both built-in packs, for every store, from {@link #ADOPTED_FROM}: as the demo does. */
  private void adoptBuiltInPacks() {
    for (String packId : BUILT_IN_PACKS) {
      packs.adopt(SYSTEM, new NewAdoption(packId, null, ADOPTED_FROM, null));
    }
  }

  private void stores(Shape shape) {
    jdbc.update(
        "insert into store (code, name) select "
            + storeCode("s")
            + ", '门店' || s from generate_series(1, ?) s",
        shape.stores());
  }

  /** Slot in the store decides the post; see the class comment. */
  private static final String POSITION =
      """
      case when slot = 0 then 'STORE_MANAGER'
           when slot = 1 and store_no % 10 <> 0 then 'CS_MANAGER'
           when slot = 2 then 'SUPERVISOR'
           when slot in (3, 4) then 'FRONT_DESK'
           else 'CS_AGENT' end""";

  private void employees(Shape shape) {
    jdbc.update(
        """
        insert into employee (code, name, hired_on, level, base_salary, phone)
        select code, '员工' || e, date '2024-01-01' + %s,
               case position when 'STORE_MANAGER' then 'SENIOR'
                             when 'CS_MANAGER' then 'RESERVE_SUPERVISOR'
                             when 'SUPERVISOR' then 'SENIOR'
                             else (array['TRAINEE','JUNIOR','INTERMEDIATE','SENIOR'])[1 + %s] end,
               case position when 'STORE_MANAGER' then 8000
                             when 'CS_MANAGER' then 5000
                             when 'SUPERVISOR' then 4200
                             when 'FRONT_DESK' then 2800
                             else 2600 + 100 * %s end,
               '138' || lpad(e::text, 8, '0')
        from (select e, %s as code, %s as position
              from (select e, (e - 1) %% %d as slot, (e - 1) / %d + 1 as store_no
                    from generate_series(1, ?) e) x) y"""
            .formatted(
                h("e", 11, 700),
                h("e", 12, 4),
                h("e", 13, 11),
                employeeCode("e"),
                POSITION,
                PEOPLE_PER_STORE,
                PEOPLE_PER_STORE),
        shape.employees());
    jdbc.update(
        """
        insert into employee_pay (employee_id, valid_from, level, base_salary)
        select id, hired_on, level, base_salary from employee
        where id not in (select employee_id from employee_pay)""");
  }

  /** Everyone's post since they were hired, at the store their number puts them in. */
  private void assignments() {
    jdbc.update(
        """
        insert into assignment (employee_id, store_id, position, valid_from)
        select x.id, s.id, %s, x.hired_on
        from (select e.id, e.hired_on, (n - 1) %% %d as slot, (n - 1) / %d + 1 as store_no
              from employee e, lateral (select substr(e.code, 2)::int as n) c) x
        join store s on s.code = %s"""
            .formatted(POSITION, PEOPLE_PER_STORE, PEOPLE_PER_STORE, storeCode("x.store_no")));
  }

  /**
   * Three agents (slots 5–7) of every 5th store move on a day between the 8th and the 22nd to
   * another store: their post there ends the day before.
   */
  private long transfers(Shape shape) {
    return jdbc.update(
        """
        with mover as (
          select a.id as assignment_id, a.employee_id, a.position,
                 date '%s' + 7 + %s as moved_on,
                 (store_no + %s) %% %d + 1 as to_store_no
          from assignment a
          join employee e on e.id = a.employee_id,
          lateral (select substr(e.code, 2)::int as n) c,
          lateral (select (n - 1) %% %d as slot, (n - 1) / %d + 1 as store_no) x
          where slot between 5 and 7 and (store_no - 1) %% 5 = 0),
        ended as (
          update assignment a set valid_to = m.moved_on - 1
          from mover m where a.id = m.assignment_id)
        insert into assignment (employee_id, store_id, position, valid_from)
        select m.employee_id, s.id, m.position, m.moved_on
        from mover m join store s on s.code = %s"""
            .formatted(
                shape.month().atDay(1),
                h("n", 14, 15),
                h("n", 15, shape.stores() - 1),
                shape.stores(),
                PEOPLE_PER_STORE,
                PEOPLE_PER_STORE,
                storeCode("m.to_store_no")));
  }

  /**
   * The month's incidents: row {@code n} picks its type by weight, a day, a store and a slot there;
   * the store is then where that person actually worked that day (transfers included).
   */
  private void incidents(Shape shape) {
    Map<String, String> values = typeValues();
    YearMonth month = shape.month();
    String sql =
        """
        insert into incident (type, store_code, employee_code, occurred_at, occurred_on, quantity,
                              minutes, points, note, status, pack_id, pack_version, clause,
                              appeal_status, appeal_reason, recorded_by, recorded_at)
        select t.code, coalesce(ws.code, %s), emp.code,
               (p.day + make_interval(mins => 510 + %s)) at time zone 'Asia/Shanghai',
               p.day, 1 + %s,
               case when t.minutes_over is null then null
                    when %s < 85 then 1 + %s
                    else t.minutes_over + 1 + %s end,
               case when t.points_min is null then null
                    else t.points_min + %s * 0.1 end,
               case when %s = 0 then '生成的测试数据' end,
               'RECORDED', t.pack_id, t.pack_version, t.clause,
               case when %s = 0 then 'PENDING' end,
               case when %s = 0 then '申诉:情况不属实' end,
               'benchmark',
               (p.day + make_interval(mins => 1200)) at time zone 'Asia/Shanghai'
        from (select n, %s as roll, date '%s' + %s as day, 1 + %s as store_no
              from generate_series(1, ?) n) p
        join (values %s) as t(code, lo, hi, who, max_quantity, minutes_over, points_min,
                              points_steps, pack_id, pack_version, clause)
          on p.roll >= t.lo and p.roll < t.hi
        left join employee emp on emp.code = (case t.who %s end)
        left join assignment wa on wa.employee_id = emp.id and wa.valid_from <= p.day
                               and (wa.valid_to is null or wa.valid_to >= p.day)
        left join store ws on ws.id = wa.store_id
        order by p.n"""
            .formatted(
                storeCode("p.store_no"),
                h("p.n", 20, 600),
                "(" + h("p.n", 21, 1_000_000) + ") % t.max_quantity",
                h("p.n", 22, 100),
                "(" + h("p.n", 23, 1_000_000) + ") % t.minutes_over",
                h("p.n", 24, 90),
                "(" + h("p.n", 25, 1_000_000) + ") % t.points_steps",
                h("p.n", 26, 50),
                h("p.n", 27, 100),
                h("p.n", 27, 100),
                h("n", 1, 10_000),
                month.atDay(1),
                h("n", 2, month.lengthOfMonth()),
                h("n", 3, shape.stores()),
                values.get("rows"),
                values.get("slots"));
    jdbc.update(sql, shape.incidents());
  }

  /**
   * The mix as a SQL {@code values} list, with each type's pack, version and clause and its field
   * ranges read from the adopted packs (so a renamed type fails here, not silently), and the {@code
   * when} branches that turn a {@link Who} into an employee code.
   */
  private Map<String, String> typeValues() {
    Map<String, Adoption> byType = new LinkedHashMap<>();
    for (Adoption a : catalog.adoptions()) {
      for (IncidentTypeDefinition t : a.pack().types()) {
        byType.putIfAbsent(t.code(), a);
      }
    }
    int total = MIX.stream().mapToInt(Mix::weight).sum();
    if (total != 10_000) {
      throw new IllegalStateException("the mix must add up to 10,000, not " + total);
    }
    List<String> rows = new ArrayList<>();
    int lo = 0;
    for (Mix m : MIX) {
      Adoption adoption = byType.get(m.type());
      if (adoption == null) {
        throw new IllegalStateException("no adopted pack defines " + m.type());
      }
      IncidentTypeDefinition type = adoption.pack().type(m.type()).orElseThrow();
      String minutesOver = "null::int";
      String pointsMin = "null::numeric";
      String pointsSteps = "null::int";
      Integer over = RuleFigures.minutesOver(type);
      Points[] range = RuleFigures.pointsRange(type);
      if (over != null) {
        minutesOver = String.valueOf(over);
      } else if (range != null) {
        pointsMin = range[0].value().toPlainString();
        BigDecimal span = range[1].value().subtract(range[0].value());
        pointsSteps = String.valueOf(span.movePointRight(1).intValueExact() + 1);
      }
      rows.add(
          "(%s, %d, %d, '%s', %d, %s, %s, %s, %s, %d, %s)"
              .formatted(
                  literal(m.type()),
                  lo,
                  lo + m.weight(),
                  m.who().name(),
                  m.maxQuantity(),
                  minutesOver,
                  pointsMin,
                  pointsSteps,
                  literal(adoption.pack().id()),
                  adoption.pack().version(),
                  literal(type.clause())));
      lo += m.weight();
    }
    StringBuilder slots = new StringBuilder();
    for (Who who : Who.values()) {
      slots
          .append(" when '")
          .append(who.name())
          .append("' then ")
          .append(
              employeeCode("(p.store_no - 1) * " + PEOPLE_PER_STORE + " + 1 + " + SLOT.get(who)));
    }
    return Map.of("rows", String.join(",\n", rows), "slots", slots.toString());
  }

  /** The generator's promise: a named employee worked at the incident's store that day. */
  private void requireEveryoneInTheirStore(Shape shape) {
    Long misplaced =
        jdbc.queryForObject(
            """
            select count(*) from incident i
            where i.employee_code is not null and not exists (
              select 1 from assignment a
              join employee e on e.id = a.employee_id
              join store s on s.id = a.store_id
              where e.code = i.employee_code and s.code = i.store_code
                and a.valid_from <= i.occurred_on
                and (a.valid_to is null or a.valid_to >= i.occurred_on))""",
            Long.class);
    if (misplaced == null || misplaced != 0) {
      throw new IllegalStateException(misplaced + " incidents name someone not in their store");
    }
    Long outside =
        jdbc.queryForObject(
            "select count(*) from incident where occurred_on < ? or occurred_on > ?",
            Long.class,
            shape.month().atDay(1),
            shape.month().atEndOfMonth());
    if (outside == null || outside != 0) {
      throw new IllegalStateException(outside + " incidents outside " + shape.month());
    }
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
    return n == null ? 0 : n;
  }

  /** A deterministic pseudo-random integer in [0, m) from a row number and a salt. */
  static String h(String n, int salt, int m) {
    return "(((hashint8extended((%s)::bigint, %d) %% %d) + %d) %% %d)::int"
        .formatted(n, salt, m, m, m);
  }

  private static String storeCode(String number) {
    return "'S' || lpad((" + number + ")::text, 3, '0')";
  }

  private static String employeeCode(String number) {
    return "'E' || lpad((" + number + ")::text, 5, '0')";
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
