package kefu.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.settlement.Adjustment;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.StatementLine;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A record entered after its month was published that shows the work on time or excused after all
 * (SPEC §8.1, late records): the published month stays as it was, and what the sweep's incident
 * cost each person there goes back as an adjustment in the next open month, citing the incident and
 * the published month (the month close's own corrections, {@link MonthClose#correct}). What the
 * incident cost is read from the published statements: its share of every line citing it, by
 * quantity among the incidents the line cites (the compliance clauses fine per unit). Once per work
 * item, however many such records follow.
 */
@Component
record PublishedWorkCorrections(JdbcClient jdbc, MonthClose close, IncidentLedger incidents) {

  /** Carries the reversal of {@code incident}; answers the month it went into, if any. */
  Optional<YearMonth> carry(WorkItem item, Incident incident, String why, Instant now) {
    int claimed =
        jdbc.sql(
                "update work_incident set corrected_at = ? where work_key = ?"
                    + " and corrected_at is null")
            .params(Timestamp.from(now), item.key())
            .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    YearMonth published = incident.month();
    Map<String, Share> shares = shares(published, incident.getId());
    String note = "work " + item.key() + ": " + why + ", on time or excused after all";
    YearMonth into = null;
    for (Map.Entry<String, Share> e : shares.entrySet()) {
      Share s = e.getValue();
      if (s.fine().isZero() && s.points().isZero()) {
        continue;
      }
      into =
          close.correct(
              ComplianceWork.SYSTEM,
              published,
              new Adjustment(
                  e.getKey(),
                  Money.of(s.fine().amount().negate()),
                  Points.of(s.points().value().negate()),
                  null,
                  List.of(incident.getId()),
                  note));
    }
    jdbc.sql("update work_incident set corrected_into = ? where work_key = ?")
        .params(into == null ? null : into.toString(), item.key())
        .update();
    return Optional.ofNullable(into);
  }

  private record Share(Money fine, Points points) {
    Share plus(Share other) {
      return new Share(fine.plus(other.fine), points.plus(other.points));
    }
  }

  /** Per employee of the published month, what the incident added to their statement. */
  private Map<String, Share> shares(YearMonth published, long incidentId) {
    List<EmployeeStatement> statements = close.get(ComplianceWork.SYSTEM, published).statements();
    Set<Long> cited = new LinkedHashSet<>();
    List<Map.Entry<String, StatementLine>> lines = new ArrayList<>();
    for (EmployeeStatement st : statements) {
      for (StatementLine line : st.lines()) {
        if (!line.isAdjustment() && line.incidentIds().contains(incidentId)) {
          lines.add(Map.entry(st.employeeCode(), line));
          cited.addAll(line.incidentIds());
        }
      }
    }
    Map<Long, Integer> quantity =
        incidents.visible(ComplianceWork.SYSTEM, cited).stream()
            .collect(Collectors.toMap(Incident::getId, Incident::getQuantity));
    Map<String, Share> shares = new TreeMap<>();
    for (Map.Entry<String, StatementLine> e : lines) {
      StatementLine line = e.getValue();
      int all = line.incidentIds().stream().mapToInt(id -> quantity.getOrDefault(id, 1)).sum();
      BigDecimal part =
          BigDecimal.valueOf(quantity.getOrDefault(incidentId, 1))
              .divide(BigDecimal.valueOf(Math.max(all, 1)), MathContext.DECIMAL64);
      Share share =
          new Share(
              Money.of(line.fine().amount().multiply(part)),
              Points.of(line.points().value().multiply(part)));
      shares.merge(e.getKey(), share, Share::plus);
    }
    return shares;
  }
}
