package kefu.assessment.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kefu.assessment.ladder.LadderReview.Candidate;
import kefu.organization.Level;
import kefu.settlement.PublishedMonths.Standing;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What holds for any history: a proposal moves one level, a promotion has every condition met, a
 * demotion at least one trigger, and months not published by the day asked about change nothing.
 * Each property runs on {@value #CASES} histories from a seeded {@link Random}; a failure names its
 * seed.
 */
class LadderProperties {

  private static final int CASES = 300;
  private static final LadderTerms TERMS = LadderTermsReaderTest.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

  /** A generated employee with two years of published months and some titles. */
  private record Generated(
      Candidate candidate, List<YearMonth> published, Map<YearMonth, Standing> unpublished) {}

  private static Generated generate(long seed) {
    Random r = new Random(seed);
    Level level = Level.values()[r.nextInt(Level.values().length)];
    LocalDate hired = AS_OF.minusDays(r.nextInt(900));
    LocalDate since =
        hired.plusDays(r.nextInt((int) (AS_OF.toEpochDay() - hired.toEpochDay() + 1)));
    Map<YearMonth, Standing> standings = new HashMap<>();
    List<YearMonth> published = new ArrayList<>();
    Map<YearMonth, Standing> unpublished = new HashMap<>();
    for (YearMonth m = YearMonth.of(2024, 10);
        !m.isAfter(YearMonth.of(2026, 12));
        m = m.plusMonths(1)) {
      BigDecimal score = r.nextInt(10) == 0 ? null : BigDecimal.valueOf(600 + r.nextInt(401), 1);
      Integer rank = score == null ? null : 1 + r.nextInt(6);
      Standing s = new Standing(m, "E1", "S01", score, rank, rank);
      if (m.atEndOfMonth().isAfter(AS_OF) || r.nextInt(8) == 0) {
        unpublished.put(m, s);
      } else {
        published.add(m);
        standings.put(m, s);
      }
    }
    List<TitleAward> titles = new ArrayList<>();
    IntStream.range(0, r.nextInt(4))
        .forEach(
            i ->
                titles.add(
                    new TitleAward("E1", Title.OUTSTANDING_CS, AS_OF.minusDays(r.nextInt(700)))));
    return new Generated(
        new Candidate("E1", hired, level, since, standings, titles), published, unpublished);
  }

  private static Optional<Proposal> propose(Generated g, Map<YearMonth, Standing> standings) {
    Candidate c = g.candidate();
    Candidate with =
        new Candidate(
            c.employeeCode(), c.hiredOn(), c.level(), c.levelSince(), standings, c.titles());
    return new LadderReview(TERMS, AS_OF, g.published()).propose(with);
  }

  private static Stream<DynamicTest> forEachSeed(
      String name, java.util.function.LongConsumer check) {
    long base = new Random().nextLong();
    return IntStream.range(0, CASES)
        .mapToObj(
            i -> {
              long seed = base + i;
              return dynamicTest(name + " (seed " + seed + ")", () -> check.accept(seed));
            });
  }

  @TestFactory
  Stream<DynamicTest> a_proposal_moves_one_level_with_evidence_that_agrees_with_its_direction() {
    return forEachSeed(
        "one level",
        seed -> {
          Generated g = generate(seed);
          propose(g, g.candidate().standings())
              .ifPresent(
                  p -> {
                    boolean up = p.kind() == ProposalKind.PROMOTION;
                    assertThat(p.to().ordinal()).isEqualTo(p.from().ordinal() + (up ? 1 : -1));
                    assertThat(p.from()).isEqualTo(g.candidate().level());
                    assertThat(p.evidence()).isNotEmpty();
                    if (up) {
                      assertThat(p.evidence()).allMatch(Evidence::met);
                    } else {
                      assertThat(p.evidence()).anyMatch(Evidence::met);
                    }
                  });
        });
  }

  @TestFactory
  Stream<DynamicTest> months_not_published_change_nothing() {
    return forEachSeed(
        "unpublished",
        seed -> {
          Generated g = generate(seed);
          Map<YearMonth, Standing> more = new HashMap<>(g.candidate().standings());
          more.putAll(g.unpublished());
          assertThat(propose(g, more)).isEqualTo(propose(g, g.candidate().standings()));
        });
  }

  @TestFactory
  Stream<DynamicTest> every_graded_quarter_takes_the_band_of_its_mean() {
    return forEachSeed(
        "grades",
        seed -> {
          Generated g = generate(seed);
          LadderReview review = new LadderReview(TERMS, AS_OF, g.published());
          for (QuarterGrade q :
              review.quarterGrades(g.candidate(), g.candidate().hiredOn(), null)) {
            assertThat(g.published())
                .contains(
                    q.firstMonth(), q.firstMonth().plusMonths(1), q.firstMonth().plusMonths(2));
            String expected =
                q.mean().compareTo(new BigDecimal("90")) >= 0
                    ? "A"
                    : q.mean().compareTo(new BigDecimal("80")) >= 0 ? "B" : "C";
            assertThat(q.grade()).isEqualTo(expected);
          }
        });
  }
}
