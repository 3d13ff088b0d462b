package kefu.service.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** SPEC §8.2: the month's callbacks by id, a seeded shuffle, the first sampleSize of them. */
class SpotCheckSampleTest {

  static final List<Long> MONTH = LongStream.rangeClosed(101, 120).boxed().toList();

  @Test
  void the_same_seed_over_the_same_callbacks_draws_the_same_sample() {
    assertThat(SpotCheckSample.draw(MONTH, 5, 42)).isEqualTo(SpotCheckSample.draw(MONTH, 5, 42));
  }

  @Test
  void the_order_the_callbacks_arrive_in_does_not_matter_they_are_ordered_by_id_first() {
    List<Long> shuffled = new ArrayList<>(MONTH);
    Collections.reverse(shuffled);

    assertThat(SpotCheckSample.draw(shuffled, 5, 7)).isEqualTo(SpotCheckSample.draw(MONTH, 5, 7));
  }

  @Test
  void the_sample_is_the_head_of_a_java_util_random_shuffle_of_the_ordered_ids() {
    List<Long> expected = new ArrayList<>(MONTH);
    Collections.shuffle(expected, new java.util.Random(42));

    assertThat(SpotCheckSample.draw(MONTH, 5, 42)).isEqualTo(expected.subList(0, 5));
  }

  @Test
  void another_seed_draws_another_sample_of_distinct_callbacks_of_the_month() {
    List<Long> a = SpotCheckSample.draw(MONTH, 5, 1);
    List<Long> b = SpotCheckSample.draw(MONTH, 5, 2);

    assertThat(a).hasSize(5).doesNotHaveDuplicates().isSubsetOf(MONTH);
    assertThat(b).hasSize(5).doesNotHaveDuplicates().isSubsetOf(MONTH);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void a_month_with_fewer_callbacks_than_the_sample_size_gives_all_of_them() {
    assertThat(SpotCheckSample.draw(List.of(9L, 3L, 5L), 5, 42))
        .containsExactlyInAnyOrder(3L, 5L, 9L);
    assertThat(SpotCheckSample.draw(List.of(), 5, 42)).isEmpty();
  }

  @Test
  void a_sample_of_nothing_is_refused() {
    assertThatThrownBy(() -> SpotCheckSample.draw(MONTH, 0, 42))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
