package kefu.settlement;

import java.time.YearMonth;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One store's figures in one computed month: fines and points deducted summed over its statements,
 * how many statements and how many flagged, and the lowest points remaining among them (null when
 * no points scale applies).
 */
public record MonthTotals(
    YearMonth month,
    String storeCode,
    Money fines,
    Points pointsDeducted,
    long statements,
    long flagged,
    Points lowestRemaining) {}
