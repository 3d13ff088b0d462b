package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TallyKeyTest {

  static TallyKey key(String employee, int version, String subject) {
    return new TallyKey(RuleKind.COUNT_TIERS, employee, "pack", version, subject);
  }

  @Test
  void the_same_employee_pack_version_and_subject_is_one_tally() {
    Cause late = new Cause("pack", 2, "§1", "LATE");

    assertThat(TallyKey.of(RuleKind.COUNT_TIERS, "E1", late, "LATE"))
        .isEqualTo(key("E1", 2, "LATE"))
        .hasSameHashCodeAs(key("E1", 2, "LATE"))
        .isNotEqualTo(key("E1", 3, "LATE"))
        .isNotEqualTo(new TallyKey(RuleKind.FREE_ALLOWANCE, "E1", "pack", 2, "LATE"));
  }

  @Test
  void tallies_are_ordered_field_by_field_with_versions_as_numbers() {
    TreeSet<TallyKey> keys =
        new TreeSet<>(
            List.of(
                key("E10", 1, "A"),
                key("E1", 10, "A"),
                new TallyKey(RuleKind.COUNT_TIERS, "E1", "pack-b", 1, "A"),
                key("E1", 9, "B"),
                key("E1", 9, "A"),
                new TallyKey(RuleKind.FREE_ALLOWANCE, "E0", "pack", 1, "A")));

    assertThat(keys)
        .containsExactly(
            key("E1", 9, "A"),
            key("E1", 9, "B"),
            key("E1", 10, "A"),
            new TallyKey(RuleKind.COUNT_TIERS, "E1", "pack-b", 1, "A"),
            key("E10", 1, "A"),
            new TallyKey(RuleKind.FREE_ALLOWANCE, "E0", "pack", 1, "A"));
  }
}
