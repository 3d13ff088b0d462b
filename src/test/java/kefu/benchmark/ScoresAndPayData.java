package kefu.benchmark;

import static kefu.benchmark.BenchmarkData.h;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.BuiltInPacks;
import kefu.policy.NewAdoption;
import kefu.policy.PolicyPacks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Adds to a database {@link BenchmarkData} filled what the month's scores and pay are made of: the
 * scorecard packs (doc 001's {@code callcenter-100} in the odd stores, doc 004's weekly {@code
 * cs-appraisal-uniform} in the even ones), pay ({@code ecommerce-pay}) and the promotion ladder's
 * level pay ({@code cs-promotion-ladder}) in every store; every CS agent's callbacks of the month
 * (the customer records completeness and efficiency are computed from), the supervisors' entered
 * criteria, the weekly evaluations, rewards and own sales.
 *
 * <p>Set-based SQL only, every choice a {@code hashint8extended} of the row, like {@link
 * BenchmarkData}. The criteria, the values they allow, the evaluation maxima and the reward amounts
 * are read from the built-in packs' YAML, so a changed pack changes the data, not this class.
 */
final class ScoresAndPayData {

  /** What was generated. */
  record Counts(long callbacks, long entries, long evaluations, long rewards, long sales) {}

  private static final AccessScope SYSTEM = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final String CARD_PACK = "callcenter-100";
  private static final String WEEKLY_PACK = "cs-appraisal-uniform";

  private final JdbcTemplate jdbc;
  private final PolicyPacks packs;

  ScoresAndPayData(JdbcTemplate jdbc, PolicyPacks packs) {
    this.jdbc = jdbc;
    this.packs = packs;
  }

  Counts generate(BenchmarkData.Shape shape) {
    Set<String> odd = stores(shape, 1);
    Set<String> even = stores(shape, 0);
    LocalDate from = BenchmarkData.ADOPTED_FROM;
    packs.adopt(SYSTEM, new NewAdoption(CARD_PACK, null, from, odd));
    packs.adopt(SYSTEM, new NewAdoption(WEEKLY_PACK, null, from, even));
    packs.adopt(SYSTEM, new NewAdoption("ecommerce-pay", null, from, null));
    packs.adopt(SYSTEM, new NewAdoption("cs-promotion-ladder", null, from, null));
    YearMonth month = shape.month();
    jdbc.execute(
        """
        create temporary table bench_agent_day as
        select e.id as employee_id, e.code as employee_code, s.code as store_code,
               substr(s.code, 2)::int as store_no, d::date as day
        from assignment a
        join employee e on e.id = a.employee_id
        join store s on s.id = a.store_id,
        lateral generate_series(greatest(a.valid_from, date '%1$s'),
                                least(coalesce(a.valid_to, date '%2$s'), date '%2$s'),
                                interval '1 day') d
        where a.position = 'CS_AGENT' and a.valid_from <= date '%2$s'
          and (a.valid_to is null or a.valid_to >= date '%1$s')"""
            .formatted(month.atDay(1), month.atEndOfMonth()));
    long callbacks = callbacks();
    long entries = entries(month);
    long evaluations = evaluations(month);
    long rewards = rewards();
    long sales = sales();
    jdbc.execute("drop table bench_agent_day");
    jdbc.execute("analyze callback, scorecard_entry, evaluation, reward_entry, sale_entry");
    return new Counts(callbacks, entries, evaluations, rewards, sales);
  }

  private static Set<String> stores(BenchmarkData.Shape shape, int parity) {
    return IntStream.rangeClosed(1, shape.stores())
        .filter(n -> n % 2 == parity)
        .mapToObj(n -> "S%03d".formatted(n))
        .collect(Collectors.toSet());
  }

  /**
   * One to eight callbacks an agent-day. Each agent leaves a field empty with their own rate (0 to
   * 39 %), so completeness spreads over every band.
   */
  private long callbacks() {
    String key = "employee_id * 100 + extract(day from day)::int * 10 + k";
    return jdbc.update(
        """
        insert into callback (store_code, employee_code, kind, called_at, called_on, customer_name,
                              customer_phone, result, reported_data, recorded_by, recorded_at)
        select store_code, employee_code,
               case when %s = 0 then 'PRE_SALES' else 'AFTER_SALES' end,
               (day + make_interval(mins => 540 + %s)) at time zone 'Asia/Shanghai', day,
               case when %s then null else '客户' || employee_id || '-' || k end,
               case when %s then null else '139' || lpad((employee_id * 10 + k)::text, 8, '0') end,
               (array['SATISFIED','PRAISE','COMPLAINT','SUGGESTION','UNREACHABLE'])[1 + %s],
               case when %s then null else '意向车型及预算' end,
               'benchmark', (day + make_interval(mins => 1200)) at time zone 'Asia/Shanghai'
        from bench_agent_day, lateral generate_series(1, 1 + %s) k"""
            .formatted(
                h(key, 32, 2),
                h(key, 33, 540),
                empty(key, 1),
                empty(key, 2),
                h(key, 34, 5),
                empty(key, 3),
                h("employee_id * 100 + extract(day from day)::int", 35, 8)));
  }

  /** Whether field {@code field} of a callback stays empty: each agent has their own rate. */
  private static String empty(String key, int field) {
    return h(key + " * 7 + " + field, 31, 100) + " < employee_id % 40";
  }

  /**
   * Every entered criterion of the card for the agents whose last post of the month is in a store
   * with the card; one agent in a hundred has one criterion missing (an incomplete card).
   */
  @SuppressWarnings("unchecked")
  private long entries(YearMonth month) {
    Map<String, Object> card = (Map<String, Object>) section(CARD_PACK, "scorecard");
    List<String> rows = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> c : (List<Map<String, Object>>) card.get("criteria")) {
      List<Object> values = (List<Object>) c.get("values");
      if (values == null) {
        continue;
      }
      for (int i = 0; i < values.size(); i++) {
        rows.add(
            "('%s', %d, %d, %d, %s)"
                .formatted(c.get("code"), index, values.size(), i, values.get(i)));
      }
      index++;
    }
    return jdbc.update(
        """
        insert into scorecard_entry (score_month, employee_code, criterion, score, entered_by,
                                     entered_at)
        select '%s', p.employee_code, v.code, v.score, 'benchmark', now()
        from (select distinct on (employee_code) employee_id, employee_code, store_no
              from bench_agent_day order by employee_code, day desc) p
        join (values %s) as v(code, criterion, choices, choice, score)
          on v.choice = %s
        where p.store_no %% 2 = 1
          and not (%s = 0 and v.criterion = 0)"""
            .formatted(
                month,
                String.join(", ", rows),
                "(" + h("p.employee_id * 100 + v.criterion", 36, 1_000) + ") % v.choices",
                h("p.employee_id", 37, 100)));
  }

  /** A weekly evaluation for every week whose Monday is in the month, in the weekly stores. */
  @SuppressWarnings("unchecked")
  private long evaluations(YearMonth month) {
    Map<String, Object> weekly = (Map<String, Object>) section(WEEKLY_PACK, "weeklyEvaluation");
    Map<String, Number> maxima = (Map<String, Number>) weekly.get("maxima");
    List<String> mondays = new ArrayList<>();
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
        mondays.add("date '" + d + "'");
      }
    }
    List<String> columns = List.of("attitude", "ability", "efficiency", "teamwork");
    List<String> scores = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      int max = maxima.get(columns.get(i)).intValue();
      scores.add("%d - %s".formatted(max, h("p.employee_id * 10 + w.n", 40 + i, max * 2 / 5 + 1)));
    }
    return jdbc.update(
        """
        insert into evaluation (employee_code, store_code, week_of, attitude, ability, efficiency,
                                teamwork, total, pack_id, pack_version, clause, recorded_by,
                                recorded_at)
        select employee_code, store_code, week_of, a, b, c, d, a + b + c + d, '%s', %d, '%s',
               'benchmark', now()
        from (select p.employee_code, p.store_code, w.week_of, %s as a, %s as b, %s as c, %s as d
              from (select distinct on (employee_code) employee_id, employee_code, store_code,
                           store_no
                    from bench_agent_day order by employee_code, day desc) p
              cross join (select week_of, row_number() over (order by week_of) as n
                          from unnest(array[%s]) week_of) w
              where p.store_no %% 2 = 0) x"""
            .formatted(
                WEEKLY_PACK,
                ((Number) pack(WEEKLY_PACK).get("version")).intValue(),
                weekly.get("clause"),
                scores.get(0),
                scores.get(1),
                scores.get(2),
                scores.get(3),
                String.join(", ", mondays)));
  }

  /**
   * Rewards of the card's pack on one agent-day in eight in the card stores: event invitations by
   * grade, or arrivals at the amount each.
   */
  @SuppressWarnings("unchecked")
  private long rewards() {
    List<Map<String, Object>> rewards = (List<Map<String, Object>>) section(CARD_PACK, "rewards");
    Map<String, Object> invitation = byType(rewards, "EVENT_INVITATION");
    Map<String, Object> arrival = byType(rewards, "ECOMMERCE_ARRIVAL");
    List<String> grades = new ArrayList<>();
    for (Map<String, Object> g : (List<Map<String, Object>>) invitation.get("byGrade")) {
      grades.add("('%s', %s, %d)".formatted(g.get("grade"), g.get("amount"), grades.size() + 1));
    }
    String key = "employee_id * 100 + extract(day from day)::int";
    return jdbc.update(
        """
        insert into reward_entry (employee_code, store_code, reward_type, occurred_at, occurred_on,
                                  event_grade, quantity, amount, pack_id, pack_version, clause,
                                  recorded_by, recorded_at)
        select employee_code, store_code,
               case when invited then 'EVENT_INVITATION' else 'ECOMMERCE_ARRIVAL' end,
               (day + make_interval(mins => 600)) at time zone 'Asia/Shanghai', day,
               case when invited then g.grade end,
               case when invited then null else arrivals end,
               case when invited then g.amount else arrivals * %s end,
               '%s', %d, '%s', 'benchmark', now()
        from (select *, %s = 0 as invited, 1 + %s as arrivals, 1 + %s as grade_no
              from bench_agent_day where store_no %% 2 = 1 and %s = 0) r
        join (values %s) as g(grade, amount, grade_no) using (grade_no)"""
            .formatted(
                arrival.get("perArrival"),
                CARD_PACK,
                ((Number) pack(CARD_PACK).get("version")).intValue(),
                invitation.get("clause"),
                h(key, 51, 4),
                h(key, 52, 5),
                h(key, 53, grades.size()),
                h(key, 50, 8),
                String.join(", ", grades)));
  }

  /** An own completed sale on one agent-day in five, 100 to 20,000. */
  private long sales() {
    String key = "employee_id * 100 + extract(day from day)::int";
    return jdbc.update(
        """
        insert into sale_entry (employee_code, store_code, completed_at, completed_on, amount,
                                recorded_by, recorded_at)
        select employee_code, store_code,
               (day + make_interval(mins => 900)) at time zone 'Asia/Shanghai', day,
               100 + %s, 'benchmark', now()
        from bench_agent_day where %s = 0"""
            .formatted(h(key, 61, 19_901), h(key, 60, 5)));
  }

  private static Map<String, Object> byType(List<Map<String, Object>> rewards, String type) {
    return rewards.stream()
        .filter(r -> type.equals(r.get("type")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(CARD_PACK + " has no reward " + type));
  }

  private static Object section(String packId, String name) {
    Object section = pack(packId).get(name);
    if (section == null) {
      throw new IllegalStateException(packId + " has no section " + name);
    }
    return section;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pack(String packId) {
    return (Map<String, Object>) new Yaml().load(BuiltInPacks.yaml(packId + ".yaml"));
  }
}
