package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdoptionsTest {
  final PolicyPack groupCs = BuiltInPacks.byId("group-cs-2010").orElseThrow();
  final PolicyPack ecommerce = BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();
  final PolicyPack groupCs2 =
      new PolicyPackParser()
          .parse(BuiltInPacks.yaml("group-cs-2010.yaml").replace("version: 1", "version: 2"), "v2");

  final Adoption first = new Adoption(groupCs, LocalDate.of(2026, 1, 1), null);
  final Adoption second = new Adoption(groupCs2, LocalDate.of(2026, 6, 1), Set.of("S02"));
  final Adoption points = new Adoption(ecommerce, LocalDate.of(2026, 3, 15), Set.of("S01"));
  final Adoptions adoptions = new Adoptions(List.of(second, points, first));

  @Test
  void the_latest_adoption_in_force_at_the_store_that_day_governs() {
    assertThat(adoptions.governing("REPORT_LATE", "S02", LocalDate.of(2026, 6, 1)))
        .contains(second);
    assertThat(adoptions.governing("REPORT_LATE", "S02", LocalDate.of(2026, 5, 31)))
        .contains(first);
    assertThat(adoptions.governing("REPORT_LATE", "S01", LocalDate.of(2026, 7, 1))).contains(first);
  }

  @Test
  void nothing_governs_before_every_adoption_or_a_type_no_pack_defines() {
    assertThat(adoptions.governing("REPORT_LATE", "S01", LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(adoptions.governing("LATE_ARRIVAL", "S02", LocalDate.of(2026, 7, 1))).isEmpty();
    assertThat(adoptions.governing("LATE_ARRIVAL", "S01", LocalDate.of(2026, 3, 15)))
        .contains(points);
  }

  @Test
  void a_scale_applies_from_the_month_its_pack_comes_into_force() {
    assertThat(adoptions.scaleFor("S01", "CS_AGENT", YearMonth.of(2026, 3))).isPresent();
    assertThat(adoptions.scaleFor("S01", "CS_AGENT", YearMonth.of(2026, 2))).isEmpty();
    assertThat(adoptions.scaleFor("S02", "CS_AGENT", YearMonth.of(2026, 3))).isEmpty();
    assertThat(adoptions.scaleFor("S01", "STORE_MANAGER", YearMonth.of(2026, 3))).isEmpty();
  }
}
