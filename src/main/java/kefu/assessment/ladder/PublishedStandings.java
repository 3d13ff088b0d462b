package kefu.assessment.ladder;

import java.time.YearMonth;
import java.util.List;
import kefu.settlement.PublishedMonths;
import org.springframework.stereotype.Component;

/** The standings of the published months, as the month close kept them when it published. */
@Component
record PublishedStandings(PublishedMonths months) implements MonthStandings {

  @Override
  public List<Standing> between(YearMonth from, YearMonth to) {
    return months.standings(from, to).stream()
        .map(
            s ->
                new Standing(
                    s.month(),
                    s.employeeCode(),
                    s.storeCode(),
                    s.score(),
                    s.rankInStore(),
                    s.rankInGroup()))
        .toList();
  }
}
