package kefu.assessment.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.assessment.ladder.LadderReview.Candidate;
import kefu.organization.Level;
import kefu.settlement.PublishedMonths.Standing;
import org.junit.jupiter.api.Test;

/** Doc 002 variant 14 as the review applies it, month by month. */
class LadderReviewTest {

  static final LadderTerms TERMS = LadderTermsReaderTest.builtIn();

  /** Published months with one employee's score and store rank in each; build, then review. */
  static final class History {
    final Map<YearMonth, Standing> standings = new HashMap<>();
    final List<YearMonth> published = new ArrayList<>();
    final List<TitleAward> titles = new ArrayList<>();

    History month(String month, String score, Integer rank) {
      YearMonth m = YearMonth.parse(month);
      published.add(m);
      standings.put(
          m,
          new Standing(m, "E1", "S01", score == null ? null : new BigDecimal(score), rank, rank));
      return this;
    }

    /** Three published months of a quarter with the same score and rank. */
    History quarter(String firstMonth, String score, int rank) {
      YearMonth m = YearMonth.parse(firstMonth);
      for (int i = 0; i < 3; i++) {
        month(m.plusMonths(i).toString(), score, rank);
      }
      return this;
    }

    History title(String on) {
      titles.add(new TitleAward("E1", Title.OUTSTANDING_CS, LocalDate.parse(on)));
      return this;
    }

    Optional<Proposal> review(Level level, String hired, String since, String asOf) {
      Candidate c =
          new Candidate(
              "E1", LocalDate.parse(hired), level, LocalDate.parse(since), standings, titles);
      return new LadderReview(TERMS, LocalDate.parse(asOf), published).propose(c);
    }
  }

  private static Evidence evidence(Proposal p, String code) {
    return p.evidence().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void a_trainee_is_proposed_junior_once_three_months_employed() {
    History h = new History();
    assertThat(h.review(Level.TRAINEE, "2026-07-15", "2026-07-15", "2026-10-14")).isEmpty();
    Proposal p = h.review(Level.TRAINEE, "2026-07-15", "2026-07-15", "2026-10-15").orElseThrow();
    assertThat(p.kind()).isEqualTo(ProposalKind.PROMOTION);
    assertThat(p.to()).isEqualTo(Level.JUNIOR);
    assertThat(evidence(p, Evidence.MONTHS_EMPLOYED).actual()).isEqualTo("3");
  }

  @Test
  void a_junior_in_the_top_3_with_one_quarterly_a_after_3_months_is_proposed_intermediate() {
    History h = new History().quarter("2026-07", "91.0", 2);
    Proposal p = h.review(Level.JUNIOR, "2026-06-01", "2026-06-01", "2026-10-31").orElseThrow();
    assertThat(p.from()).isEqualTo(Level.JUNIOR);
    assertThat(p.to()).isEqualTo(Level.INTERMEDIATE);
    assertThat(p.clause()).isEqualTo("§14.4.2");
    assertThat(evidence(p, Evidence.RANK_AVERAGE).actual()).isEqualTo("2.0");
    assertThat(evidence(p, Evidence.RANK_AVERAGE).detail())
        .isEqualTo("2026-07:2 2026-08:2 2026-09:2");
    assertThat(evidence(p, Evidence.QUARTERLY_GRADES).detail()).isEqualTo("2026Q3:A(91.0)");
    assertThat(p.evidence()).allMatch(Evidence::met);
  }

  @Test
  void a_rank_average_outside_the_top_3_keeps_a_junior_where_they_are() {
    History h =
        new History().month("2026-07", "95", 1).month("2026-08", "95", 3).month("2026-09", "95", 6);
    assertThat(h.review(Level.JUNIOR, "2026-01-01", "2026-01-01", "2026-10-31")).isEmpty();
  }

  @Test
  void a_quarter_counts_only_once_its_three_months_are_published() {
    History h = new History().month("2026-07", "95", 1).month("2026-08", "95", 1);
    assertThat(h.review(Level.JUNIOR, "2026-01-01", "2026-01-01", "2026-10-31")).isEmpty();
    h.month("2026-09", "95", 1);
    assertThat(h.review(Level.JUNIOR, "2026-01-01", "2026-01-01", "2026-10-31")).isPresent();
    assertThat(h.review(Level.JUNIOR, "2026-01-01", "2026-01-01", "2026-09-29")).isEmpty();
  }

  @Test
  void a_promotion_never_skips_a_level() {
    History h =
        new History()
            .quarter("2025-10", "96", 1)
            .quarter("2026-01", "96", 1)
            .quarter("2026-04", "96", 1)
            .quarter("2026-07", "96", 1)
            .title("2026-01-31")
            .title("2026-04-30")
            .title("2026-07-31");
    Proposal p = h.review(Level.JUNIOR, "2024-01-01", "2024-01-01", "2026-10-31").orElseThrow();
    assertThat(p.to()).isEqualTo(Level.INTERMEDIATE);
    Proposal q =
        h.review(Level.INTERMEDIATE, "2024-01-01", "2024-01-01", "2026-10-31").orElseThrow();
    assertThat(q.to()).isEqualTo(Level.SENIOR);
  }

  @Test
  void a_senior_needs_one_outstanding_cs_title_and_two_consecutive_quarterly_a() {
    History h = new History().quarter("2026-01", "92", 1).quarter("2026-04", "92", 2);
    assertThat(h.review(Level.INTERMEDIATE, "2025-06-01", "2025-12-01", "2026-07-01")).isEmpty();
    h.title("2026-06-30");
    Proposal p =
        h.review(Level.INTERMEDIATE, "2025-06-01", "2025-12-01", "2026-07-01").orElseThrow();
    assertThat(p.to()).isEqualTo(Level.SENIOR);
    assertThat(evidence(p, Evidence.TITLES).actual()).isEqualTo("1");
  }

  @Test
  void two_quarterly_a_with_a_b_between_are_not_consecutive() {
    History h =
        new History()
            .quarter("2026-01", "92", 1)
            .quarter("2026-04", "85", 1)
            .quarter("2026-07", "92", 1)
            .title("2026-06-30");
    Optional<Proposal> p = h.review(Level.INTERMEDIATE, "2025-06-01", "2025-06-01", "2026-10-31");
    assertThat(p).isEmpty();
  }

  @Test
  void two_consecutive_quarterly_b_demote_an_intermediate() {
    History h = new History().quarter("2026-01", "85", 1).quarter("2026-04", "82", 2);
    Proposal p =
        h.review(Level.INTERMEDIATE, "2025-01-01", "2026-01-01", "2026-07-01").orElseThrow();
    assertThat(p.kind()).isEqualTo(ProposalKind.DEMOTION);
    assertThat(p.to()).isEqualTo(Level.JUNIOR);
    assertThat(evidence(p, Evidence.QUARTERLY_GRADES_IN_A_ROW).met()).isTrue();
    assertThat(evidence(p, Evidence.QUARTERLY_GRADES_IN_A_ROW).detail())
        .isEqualTo("2026Q1:B(85.0) 2026Q2:B(82.0)");
  }

  @Test
  void quarters_before_the_promotion_do_not_count_against_it() {
    History h = new History().quarter("2026-01", "85", 1).quarter("2026-04", "82", 2);
    assertThat(h.review(Level.INTERMEDIATE, "2025-01-01", "2026-04-01", "2026-07-01")).isEmpty();
  }

  @Test
  void one_quarter_below_b_demotes_an_intermediate() {
    History h = new History().quarter("2026-04", "79.9", 1);
    Proposal p =
        h.review(Level.INTERMEDIATE, "2025-01-01", "2026-04-01", "2026-07-01").orElseThrow();
    assertThat(evidence(p, Evidence.GRADE_BELOW).met()).isTrue();
    assertThat(evidence(p, Evidence.GRADE_BELOW).detail()).isEqualTo("2026Q2:C(79.9)");
  }

  @Test
  void three_consecutive_months_outside_the_top_3_demote_an_intermediate_three_apart_do_not() {
    History apart =
        new History()
            .month("2026-05", "95", 4)
            .month("2026-06", "95", 5)
            .month("2026-07", "95", 1)
            .month("2026-08", "95", 4);
    assertThat(apart.review(Level.INTERMEDIATE, "2025-01-01", "2026-05-01", "2026-08-31"))
        .isEmpty();
    apart.month("2026-09", "95", 9).month("2026-10", "95", 4);
    Proposal p =
        apart.review(Level.INTERMEDIATE, "2025-01-01", "2026-05-01", "2026-10-31").orElseThrow();
    assertThat(evidence(p, Evidence.MONTHS_OUTSIDE_TOP_IN_A_ROW).actual()).isEqualTo("3");
  }

  @Test
  void a_senior_is_demoted_only_for_what_happens_within_a_year_of_promotion() {
    History h =
        new History()
            .month("2025-08", "95", 6)
            .month("2026-02", "95", 4)
            .month("2026-04", "95", 1)
            .month("2026-06", "95", 5);
    Proposal p = h.review(Level.SENIOR, "2024-01-01", "2025-07-01", "2026-06-30").orElseThrow();
    assertThat(p.to()).isEqualTo(Level.INTERMEDIATE);
    assertThat(evidence(p, Evidence.MONTHS_OUTSIDE_TOP).actual()).isEqualTo("3");
    assertThat(evidence(p, Evidence.MONTHS_OUTSIDE_TOP).detail())
        .isEqualTo("2025-08:6 2026-02:4 2026-06:5");
    assertThat(h.review(Level.SENIOR, "2024-01-01", "2025-03-01", "2026-06-30"))
        .as("June 2026 is more than a year after March 2025")
        .isEmpty();
    assertThat(h.review(Level.SENIOR, "2024-01-01", "2025-09-01", "2026-06-30"))
        .as("August 2025 was before the promotion")
        .isEmpty();
  }

  @Test
  void a_reserve_supervisor_is_neither_promoted_nor_demoted_by_the_ladder() {
    History h = new History().quarter("2026-01", "10", 9).quarter("2026-04", "10", 9);
    assertThat(h.review(Level.RESERVE_SUPERVISOR, "2020-01-01", "2026-01-01", "2026-07-01"))
        .isEmpty();
  }

  @Test
  void a_month_without_a_score_gives_no_rank_and_no_grade() {
    History h = new History().month("2026-07", null, null).month("2026-08", null, null);
    h.month("2026-09", null, null);
    assertThat(h.review(Level.JUNIOR, "2025-01-01", "2025-01-01", "2026-10-31")).isEmpty();
    assertThat(h.review(Level.INTERMEDIATE, "2025-01-01", "2025-01-01", "2026-10-31")).isEmpty();
  }
}
