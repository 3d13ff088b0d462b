package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The stored side of policy packs, through the service. Its own context (and so its own database),
 * because these tests adopt edited packs that would change other tests' consequences.
 */
@SpringBootTest(properties = "kefu.test.context=policy-packs")
@ActiveProfiles("test")
class PolicyPacksTest {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);
  static final AccessScope EXECUTIVE = new AccessScope("boss", Role.EXECUTIVE, null, null);
  static final LocalizedText TITLE = new LocalizedText("测试制度", "Test pack");
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired PolicyPacks packs;
  @Autowired PolicyCatalog catalog;
  @Autowired PolicyStartup startup;
  @Autowired JdbcClient jdbc;

  String copyOfGroupCs() {
    String id = "test-pack-" + SEQ.incrementAndGet();
    packs.copy(ADMIN, new NewCopy("group-cs-2010", null, id, TITLE));
    return id;
  }

  @Test
  void start_up_stores_both_built_ins_once_and_adopts_them_for_the_demo() {
    startup.run(null);
    startup.run(null);
    assertThat(
            jdbc.sql("select count(*) from policy_pack_version where built_in")
                .query(Long.class)
                .single())
        .isEqualTo((long) BuiltInPacks.all().size());
    assertThat(packs.adoptions())
        .filteredOn(a -> a.effectiveFrom().equals(PolicyStartup.DEMO_FROM))
        .extracting(a -> a.pack().toString())
        .contains("group-cs-2010 v1", "ecommerce-cs-10pt v1");
    assertThat(catalog.inForce().governing("REPORT_LATE", "S03", LocalDate.of(2026, 2, 1)))
        .hasValueSatisfying(a -> assertThat(a.pack().id()).isEqualTo("group-cs-2010"));
  }

  @Test
  void a_copy_is_version_1_of_a_new_pack_with_the_same_rules() {
    String id = copyOfGroupCs();
    PackHistory history = packs.history(id);
    assertThat(history.versions()).hasSize(1);
    PackVersion v1 = history.latest();
    assertThat(v1.builtIn()).isFalse();
    assertThat(v1.title()).isEqualTo(TITLE);
    PolicyPack pack = packs.pack(v1);
    assertThat(pack.id()).isEqualTo(id);
    assertThat(pack.version()).isEqualTo(1);
    assertThat(pack.types())
        .hasSameSizeAs(BuiltInPacks.byId("group-cs-2010").orElseThrow().types());
    // the author's comments and layout survive the copy
    assertThat(v1.yaml()).contains("# Summaries are our own wording");
  }

  @Test
  void an_edit_is_stored_as_version_2_and_version_1_stays_as_it_was() {
    String id = copyOfGroupCs();
    String v1Text = packs.version(id, 1).yaml();
    String edited =
        v1Text.replace("{ role: RESPONSIBLE, amount: 10 }", "{ role: RESPONSIBLE, amount: 15 }");

    PackVersion v2 = packs.saveNextVersion(ADMIN, id, edited);

    assertThat(v2.version()).isEqualTo(2);
    assertThat(packs.history(id).versions()).extracting(PackVersion::version).containsExactly(1, 2);
    assertThat(packs.version(id, 1).yaml()).isEqualTo(v1Text);
    PolicyPack p2 = packs.pack(v2);
    assertThat(p2.version()).isEqualTo(2);
    assertThat(
            ((FinePerUnit) p2.type("CALLBACK_RECORDING_MISMATCH").orElseThrow().rule())
                .amounts()
                .get(0)
                .amount()
                .amount())
        .isEqualByComparingTo("15");
    assertThat(
            ((FinePerUnit)
                    packs
                        .pack(packs.version(id, 1))
                        .type("CALLBACK_RECORDING_MISMATCH")
                        .orElseThrow()
                        .rule())
                .amounts()
                .get(0)
                .amount()
                .amount())
        .isEqualByComparingTo("10");
  }

  @Test
  void invalid_yaml_saves_nothing_and_reports_each_problem_with_its_line_and_field() {
    String id = copyOfGroupCs();
    String broken =
        packs
            .version(id, 1)
            .yaml()
            .replace("kind: COLLECTIVE_FINE", "kind: COLLECTIVE_FINES")
            .replace("{ role: CS_MANAGER, amount: 80 }", "{ role: BOSS, amount: 80 }");

    assertThatThrownBy(() -> packs.saveNextVersion(ADMIN, id, broken))
        .isInstanceOfSatisfying(
            InvalidPack.class,
            e -> {
              assertThat(e.packProblems()).hasSize(2);
              PackProblem role = e.packProblems().get(0);
              assertThat(role.field()).isEqualTo("clauses[4].types[0].rule.amounts[1].role");
              assertThat(role.line()).isEqualTo(lineOf(broken, "role: BOSS"));
              assertThat(e.packProblems().get(1).field())
                  .isEqualTo("clauses[4].types[1].rule.kind");
              assertThat(e.problems())
                  .first()
                  .satisfies(p -> assertThat(p.message()).startsWith("line "));
            });
    assertThat(packs.history(id).versions()).hasSize(1);
    assertThat(packs.validate(id, broken)).hasSize(2);
  }

  @Test
  void a_version_must_keep_the_pack_id_and_a_built_in_pack_is_copied_not_edited() {
    String id = copyOfGroupCs();
    String renamed = packs.version(id, 1).yaml().replace("id: " + id, "id: other-pack");
    assertThat(packs.validate(id, renamed))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("id"));

    String builtIn = packs.version("group-cs-2010", 1).yaml();
    assertThatThrownBy(() -> packs.saveNextVersion(ADMIN, "group-cs-2010", builtIn))
        .isInstanceOf(RuleRefused.class);
    assertThat(packs.history("group-cs-2010").versions()).hasSize(1);
  }

  @Test
  void only_group_writers_change_packs_and_unknown_things_are_refused() {
    String id = copyOfGroupCs();
    assertThatThrownBy(
            () -> packs.adopt(EXECUTIVE, new NewAdoption(id, null, LocalDate.of(2030, 1, 1), null)))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> packs.copy(EXECUTIVE, new NewCopy(id, null, id + "-x", TITLE)))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> packs.adopt(ADMIN, new NewAdoption("no-such-pack", null, LocalDate.now(), null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                packs.adopt(
                    ADMIN, new NewAdoption(id, null, LocalDate.of(2030, 1, 1), Set.of("S99"))))
        .isInstanceOf(BadInput.class);
    assertThatThrownBy(() -> packs.copy(ADMIN, new NewCopy(id, null, "adoptions", TITLE)))
        .isInstanceOf(BadInput.class);
    assertThatThrownBy(() -> packs.copy(ADMIN, new NewCopy(id, null, "group-cs-2010", TITLE)))
        .isInstanceOf(kefu.platform.Conflict.class);
  }

  @Test
  void in_force_picks_the_latest_adoption_of_a_pack_by_date() {
    String id = copyOfGroupCs();
    packs.adopt(ADMIN, new NewAdoption(id, 1, LocalDate.of(2031, 1, 1), null));
    packs.adopt(ADMIN, new NewAdoption(id, 1, LocalDate.of(2031, 6, 1), Set.of("S02")));

    List<PackInForce> s02 = packs.inForce(ADMIN, "S02", LocalDate.of(2031, 7, 1));
    assertThat(s02)
        .filteredOn(p -> p.pack().id().equals(id))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.adoption().effectiveFrom()).isEqualTo(LocalDate.of(2031, 6, 1));
              // the copy defines every type of group-cs-2010 and is the later adoption
              assertThat(p.governedTypes()).contains("REPORT_LATE", "MEETING_NOT_HELD");
            });
    assertThat(s02)
        .filteredOn(p -> p.pack().id().equals("group-cs-2010"))
        .singleElement()
        .satisfies(p -> assertThat(p.governedTypes()).isEmpty());
    assertThat(packs.inForce(ADMIN, "S01", LocalDate.of(2031, 7, 1)))
        .filteredOn(p -> p.pack().id().equals(id))
        .singleElement()
        .satisfies(
            p -> assertThat(p.adoption().effectiveFrom()).isEqualTo(LocalDate.of(2031, 1, 1)));
    assertThat(packs.inForce(ADMIN, "S01", LocalDate.of(2030, 12, 31)))
        .noneMatch(p -> p.pack().id().equals(id));
  }

  @Test
  void a_new_version_adopted_later_leaves_earlier_dates_on_the_old_version() {
    String id = copyOfGroupCs();
    String v2Text =
        packs
            .version(id, 1)
            .yaml()
            .replace(
                "{ role: RESPONSIBLE, amount: 50 }\n            - { role: CS_MANAGER, amount: 80 }",
                "{ role: RESPONSIBLE, amount: 60 }\n            - { role: CS_MANAGER, amount: 90 }");
    packs.saveNextVersion(ADMIN, id, v2Text);
    packs.adopt(ADMIN, new NewAdoption(id, 1, LocalDate.of(2032, 1, 1), null));
    packs.adopt(ADMIN, new NewAdoption(id, 2, LocalDate.of(2032, 10, 1), null));

    assertThat(versionInForce(id, LocalDate.of(2032, 9, 30))).isEqualTo(1);
    assertThat(versionInForce(id, LocalDate.of(2032, 10, 1))).isEqualTo(2);
    assertThat(catalog.inForce().governing("REPORT_LATE", "S01", LocalDate.of(2032, 9, 30)))
        .hasValueSatisfying(a -> assertThat(a.pack().version()).isEqualTo(1));
    assertThat(catalog.inForce().governing("REPORT_LATE", "S01", LocalDate.of(2032, 10, 8)))
        .hasValueSatisfying(
            a -> {
              assertThat(a.pack().id()).isEqualTo(id);
              assertThat(a.pack().version()).isEqualTo(2);
            });
  }

  @Test
  void every_change_is_audited() {
    String id = copyOfGroupCs();
    packs.adopt(ADMIN, new NewAdoption(id, null, LocalDate.of(2033, 1, 1), Set.of("S01")));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'policy_pack' and entity_id = ?")
                .param(id + " v1")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'policy_adoption' and after_json like ?")
                .param("%" + id + " v1%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private int versionInForce(String id, LocalDate date) {
    return packs.inForce(ADMIN, "S01", date).stream()
        .filter(p -> p.pack().id().equals(id))
        .findFirst()
        .orElseThrow()
        .pack()
        .version();
  }

  private static int lineOf(String text, String fragment) {
    int index = text.indexOf(fragment);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
