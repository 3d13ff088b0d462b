package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import kefu.PostgresDatabase;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stored catalog on a real PostgreSQL: the migration, the start-up packs, and adoptions read
 * back with the exact version they adopted.
 */
@SpringBootTest
@ActiveProfiles("test")
class PostgresPolicyCatalogTest {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }

  @Autowired PolicyCatalog catalog;
  @Autowired PolicyPacks packs;

  @Test
  void the_demo_adoptions_are_read_back_with_their_parsed_packs() {
    assertThat(catalog.adoptions())
        .filteredOn(a -> a.effectiveFrom().equals(LocalDate.of(2026, 1, 1)))
        .extracting(a -> a.pack().toString(), Adoption::storeCodes)
        .contains(
            org.assertj.core.groups.Tuple.tuple("group-cs-2010 v1", null),
            org.assertj.core.groups.Tuple.tuple("ecommerce-cs-10pt v1", null));
    assertThat(catalog.inForce().scaleFor("S01", "CS_AGENT", java.time.YearMonth.of(2026, 3)))
        .isPresent();
  }

  @Test
  void each_adoption_keeps_the_version_it_adopted_and_its_stores() {
    packs.copy(
        ADMIN, new NewCopy("ecommerce-cs-10pt", 1, "pg-pack", new LocalizedText("副本", "Copy")));
    String v2 =
        packs
            .version("pg-pack", 1)
            .yaml()
            .replace("kind: POINTS_PER_UNIT, points: 2 }", "kind: POINTS_PER_UNIT, points: 3 }");
    packs.saveNextVersion(ADMIN, "pg-pack", v2);
    packs.adopt(
        ADMIN, new NewAdoption("pg-pack", 1, LocalDate.of(2040, 1, 1), Set.of("S02", "S01")));
    packs.adopt(ADMIN, new NewAdoption("pg-pack", 2, LocalDate.of(2040, 7, 1), Set.of("S02")));

    Adoptions adoptions = catalog.inForce();
    assertThat(adoptions.governing("ABSENCE", "S02", LocalDate.of(2040, 6, 30)))
        .hasValueSatisfying(a -> assertThat(a.pack().toString()).isEqualTo("pg-pack v1"));
    assertThat(adoptions.governing("ABSENCE", "S02", LocalDate.of(2040, 7, 1)))
        .hasValueSatisfying(
            a -> {
              assertThat(a.pack().toString()).isEqualTo("pg-pack v2");
              assertThat(((PointsPerUnit) a.pack().type("ABSENCE").orElseThrow().rule()).points())
                  .isEqualTo(kefu.shared.Points.of("3"));
            });
    assertThat(adoptions.governing("ABSENCE", "S01", LocalDate.of(2040, 7, 1)))
        .hasValueSatisfying(a -> assertThat(a.pack().toString()).isEqualTo("pg-pack v1"));
    assertThat(packs.adoptions())
        .filteredOn(a -> a.pack().packId().equals("pg-pack"))
        .extracting(PackAdoption::storeCodes)
        .containsExactly(
            new java.util.TreeSet<>(Set.of("S01", "S02")), new java.util.TreeSet<>(Set.of("S02")));
  }
}
