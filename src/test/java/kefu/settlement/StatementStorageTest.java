package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import kefu.PostgresDatabase;
import kefu.shared.Money;
import kefu.shared.Points;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements and adjustments written and read back through the store on both databases the
 * migrations serve: flags (up to a code's 64 characters) and cited incidents come back exactly, in
 * order, and rows written as comma-joined text before V13 read back the same after it.
 */
class StatementStorageTest {

  static final YearMonth MONTH = YearMonth.of(2026, 3);
  static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

  /** A fresh, empty database of each kind for every test. */
  enum Database {
    H2 {
      @Override
      String url() {
        return "jdbc:h2:mem:storage-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
      }
    },
    POSTGRESQL {
      @Override
      String url() {
        Map<String, Object> properties = new HashMap<>();
        PostgresDatabase.register((name, value) -> properties.put(name, value.get()));
        return (String) properties.get("spring.datasource.url");
      }
    };

    abstract String url();

    SingleConnectionDataSource open() {
      String url = url();
      return new SingleConnectionDataSource(url, this == H2 ? "sa" : "postgres", "", true);
    }
  }

  private SingleConnectionDataSource dataSource;

  @AfterEach
  void close() {
    if (dataSource != null) {
      dataSource.destroy();
    }
  }

  private SettlementStore migratedStore(Database database, String target) {
    dataSource = database.open();
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
    return new SettlementStore(
        JdbcClient.create(dataSource), new JdbcTemplate(dataSource), JsonMapper.builder().build());
  }

  private static StatementLine line(String type, List<Long> incidentIds, String fine) {
    return new StatementLine(
        "group-cs-2010",
        1,
        "§2.1",
        type,
        incidentIds,
        Money.of(fine),
        Points.of("1.5"),
        "responsible",
        false,
        Money.ZERO);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void several_flags_and_a_line_citing_many_incidents_read_back_exactly(Database database) {
    SettlementStore store = migratedStore(database, "latest");
    List<Long> manyIds =
        LongStream.rangeClosed(1, 5_000).map(i -> i * 7 + 3_000_000_000L).boxed().toList();
    EmployeeStatement flagged =
        new EmployeeStatement(
            "E001",
            "S01",
            Money.of("120.50"),
            Points.of("12.5"),
            Points.of("-2.5"),
            List.of("MONTH_PENALTY", "WARNING", "LONGEST_" + "X".repeat(56)),
            List.of(line("LATE", manyIds, "120.50"), line("ABSENCE", List.of(9L), "0.00")));
    EmployeeStatement plain =
        new EmployeeStatement("E002", "S02", Money.ZERO, Points.ZERO, null, List.of(), List.of());

    store.saveDraft(MONTH, Optional.empty(), List.of(flagged, plain), "tester", AT);

    assertThat(store.statements(MONTH, null, null)).containsExactly(flagged, plain);
    assertThat(store.statements(MONTH, null, "E001").get(0).lines().get(0).incidentIds())
        .containsExactlyElementsOf(manyIds);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void an_adjustment_keeps_its_incident_ids_and_one_without_any_reads_back_empty(
      Database database) {
    SettlementStore store = migratedStore(database, "latest");
    List<Long> ids = LongStream.rangeClosed(1, 50).map(i -> 51 - i).boxed().toList();
    Adjustment citing =
        new Adjustment("E001", Money.of("-20.00"), Points.of("-1.0"), "2026-02", ids, "appeal");
    Adjustment none =
        new Adjustment("E002", Money.of("5.00"), Points.ZERO, "2026-01", List.of(), "typo");

    store.addAdjustment(MONTH, citing, "tester", AT);
    store.addAdjustment(MONTH, none, "tester", AT);

    assertThat(store.adjustments(MONTH)).containsExactly(citing, none);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void rows_written_as_comma_joined_text_before_v13_read_back_as_the_same_lists(Database database) {
    migratedStore(database, "12");
    JdbcTemplate sql = new JdbcTemplate(dataSource);
    sql.update(
        "insert into settlement_statement (settle_month, employee_code, store_code, fine_total,"
            + " points_deducted, points_remaining, flags, lines_json)"
            + " values ('2026-03', 'E001', 'S01', 0, 0, 10, 'WARNING,MONTH_PENALTY', '[]'),"
            + " ('2026-03', 'E002', 'S01', 0, 0, null, '', '[]')");
    sql.update(
        "insert into settlement_adjustment (settle_month, employee_code, fine, points,"
            + " cites_month, incident_ids, note, created_at, created_by)"
            + " values ('2026-03', 'E001', 1, 0, '2026-02', '12,3,40', 'a', ?, 'x'),"
            + " ('2026-03', 'E002', 1, 0, '2026-02', null, 'b', ?, 'x')",
        java.sql.Timestamp.from(AT),
        java.sql.Timestamp.from(AT));
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    SettlementStore store =
        new SettlementStore(
            JdbcClient.create(dataSource),
            new JdbcTemplate(dataSource),
            JsonMapper.builder().build());

    assertThat(store.statements(MONTH, null, null))
        .extracting(EmployeeStatement::flags)
        .containsExactly(List.of("WARNING", "MONTH_PENALTY"), List.of());
    assertThat(store.adjustments(MONTH))
        .extracting(Adjustment::incidentIds)
        .containsExactly(List.of(12L, 3L, 40L), List.of());
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void a_score_its_ranks_and_the_pay_with_its_lines_read_back_exactly_and_stand_once_published(
      Database database) {
    SettlementStore store = migratedStore(database, "latest");
    StatementLine reward =
        new StatementLine(
            "callcenter-100",
            1,
            "§4",
            "EVENT_INVITATION",
            List.of(),
            Money.ZERO,
            Points.ZERO,
            "event A",
            false,
            Money.of("300.00"));
    Pay pay =
        new Pay(
            Money.of("2200.00"),
            Money.of("300.00"),
            Money.of("240.00"),
            Money.of("300.00"),
            Money.of("50.00"),
            Money.of("2990.00"),
            List.of(
                new Pay.Line(
                    PayPart.BASE,
                    "cs-promotion-ladder",
                    2,
                    "§2",
                    "LEVEL_PAY",
                    Money.of("2200.00"),
                    "JUNIOR"),
                new Pay.Line(
                    PayPart.ALLOWANCE,
                    null,
                    null,
                    null,
                    "MEAL_ALLOWANCE",
                    Money.of("300.00"),
                    "")));
    EmployeeStatement scored =
        new EmployeeStatement(
            "E001",
            "S01",
            Money.of("50.00"),
            Points.ZERO,
            null,
            List.of(),
            List.of(line("LATE", List.of(4L), "50.00"), reward),
            new java.math.BigDecimal("86.0"),
            List.of("NEEDS_IMPROVEMENT"),
            2,
            15,
            pay);
    EmployeeStatement unscored =
        new EmployeeStatement("E002", "S02", Money.ZERO, Points.ZERO, null, List.of(), List.of());

    long version =
        store.saveDraft(MONTH, Optional.empty(), List.of(scored, unscored), "tester", AT);

    assertThat(store.statements(MONTH, null, null)).containsExactly(scored, unscored);
    assertThat(store.standings(MONTH, MONTH)).as("a draft stands nowhere yet").isEmpty();
    store.publish(MONTH, version, "tester", AT);
    assertThat(store.standings(MONTH.minusMonths(2), MONTH))
        .containsExactly(
            new PublishedMonths.Standing(
                MONTH, "E001", "S01", new java.math.BigDecimal("86.0"), 2, 15),
            new PublishedMonths.Standing(MONTH, "E002", "S02", null, null, null));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void a_statement_stored_before_v21_reads_back_without_score_or_pay(Database database) {
    migratedStore(database, "20");
    new JdbcTemplate(dataSource)
        .update(
            "insert into settlement_statement (settle_month, employee_code, store_code,"
                + " fine_total, points_deducted, points_remaining, flags, lines_json) values"
                + " ('2026-03', 'E001', 'S01', 20, 0, 10, array['WARNING'],"
                + " '[{\"packId\":\"p\",\"packVersion\":1,\"clause\":\"§1\",\"type\":\"T\","
                + "\"incidentIds\":[1],\"fine\":20,\"points\":0,\"note\":\"n\","
                + "\"appealPending\":false}]')");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    SettlementStore store =
        new SettlementStore(
            JdbcClient.create(dataSource),
            new JdbcTemplate(dataSource),
            JsonMapper.builder().build());

    EmployeeStatement old = store.statements(MONTH, null, null).get(0);
    assertThat(old.score()).isNull();
    assertThat(old.scoreFlags()).isEmpty();
    assertThat(old.rankInStore()).isNull();
    assertThat(old.pay()).isNull();
    assertThat(old.lines().get(0).earning()).isEqualTo(Money.ZERO);
    assertThat(old.lines().get(0).fine()).isEqualTo(Money.of("20"));
  }
}
