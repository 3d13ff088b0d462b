package kefu.service.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.RuleRefused;
import org.junit.jupiter.api.Test;

/** The verdict rules of SPEC §8.2, on the check alone. */
class SpotCheckTest {

  static SpotCheck sampleOf(long... callbackIds) {
    Map<Long, Verdict> open = new LinkedHashMap<>();
    for (long id : callbackIds) {
      open.put(id, null);
    }
    return new SpotCheck(1, "S01", YearMonth.of(2026, 10), 42, open);
  }

  @Test
  void a_match_and_a_mismatch_stand_as_marked_on_a_callback_with_a_recording() {
    SpotCheck check = sampleOf(11, 12);

    assertThat(check.judge(11, Verdict.MATCH, true)).isEqualTo(Verdict.MATCH);
    assertThat(check.judge(12, Verdict.MISMATCH, true)).isEqualTo(Verdict.MISMATCH);
    assertThat(Verdict.MATCH.createsIncident()).isFalse();
    assertThat(Verdict.MISMATCH.createsIncident()).isTrue();
  }

  @Test
  void a_callback_without_a_recording_is_no_recording_whatever_is_marked() {
    SpotCheck check = sampleOf(11, 12, 13);

    assertThat(check.judge(11, Verdict.MATCH, false)).isEqualTo(Verdict.NO_RECORDING);
    assertThat(check.judge(12, Verdict.MISMATCH, false)).isEqualTo(Verdict.NO_RECORDING);
    assertThat(check.judge(13, Verdict.NO_RECORDING, false)).isEqualTo(Verdict.NO_RECORDING);
    assertThat(Verdict.NO_RECORDING.createsIncident()).isTrue();
  }

  @Test
  void a_verdict_on_a_callback_outside_the_sample_is_refused_on_callback_id() {
    SpotCheck check = sampleOf(11);

    assertThatThrownBy(() -> check.judge(99, Verdict.MATCH, true))
        .isInstanceOfSatisfying(
            RuleRefused.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("callbackId", "spotCheck.notInSample")));
  }

  @Test
  void a_second_verdict_on_the_same_callback_is_a_conflict_and_the_first_stands() {
    SpotCheck check = sampleOf(11, 12);
    check.judge(11, Verdict.MATCH, true);

    assertThatThrownBy(() -> check.judge(11, Verdict.MISMATCH, true)).isInstanceOf(Conflict.class);
    assertThat(check.verdictOn(11)).contains(Verdict.MATCH);
  }

  @Test
  void a_check_is_complete_once_every_sampled_callback_has_a_verdict() {
    SpotCheck check = sampleOf(11, 12);
    assertThat(check.complete()).isFalse();

    check.judge(11, Verdict.MATCH, true);
    assertThat(check.complete()).isFalse();

    check.judge(12, Verdict.MISMATCH, false);
    assertThat(check.complete()).isTrue();
    assertThat(check.callbackIds()).containsExactly(11L, 12L);
  }
}
