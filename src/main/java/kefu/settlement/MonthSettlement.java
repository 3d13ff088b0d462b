package kefu.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A computed month as stored: its status and its statements. */
public record MonthSettlement(
    YearMonth month,
    SettlementStatus status,
    Instant computedAt,
    Instant publishedAt,
    List<EmployeeStatement> statements) {}
