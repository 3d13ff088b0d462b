package kefu.assessment.ladder;

import java.time.YearMonth;
import java.util.List;

/**
 * The standings of the published months from {@code from} to {@code to} (both included), read from
 * the month close; months not published have none. Every employee settled in a published month has
 * one, scored or not, so the months listed are exactly the published ones.
 */
public interface MonthStandings {

  List<Standing> between(YearMonth from, YearMonth to);
}
