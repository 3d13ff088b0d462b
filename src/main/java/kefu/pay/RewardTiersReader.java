package kefu.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code rewards}: one entry per reward type with its clause and the field its type
 * needs — {@code byGrade} (grade and amount) for event invitations, {@code perArrival} for
 * arrivals, {@code byContractAmount} (ascending {@code below} bounds, the last without one) for
 * signings.
 */
public final class RewardTiersReader implements PackSectionReader<RewardTiers> {

  private static final String GRADE = "[A-Z][A-Z0-9]{0,7}";

  @Override
  public String key() {
    return "rewards";
  }

  @Override
  public Class<RewardTiers> type() {
    return RewardTiers.class;
  }

  @Override
  public RewardTiers read(YamlFields top, PackOutline pack) {
    Map<RewardType, RewardTiers.Tier> tiers = new EnumMap<>(RewardType.class);
    boolean complete = true;
    for (YamlFields t : top.objects(key(), true)) {
      RewardTiers.Tier tier = tier(t, pack);
      if (tier == null) {
        complete = false;
      } else if (tiers.put(tier.type(), tier) != null) {
        t.problem("type", "repeats reward type " + tier.type());
        complete = false;
      }
    }
    return complete && !tiers.isEmpty() ? new RewardTiers(tiers) : null;
  }

  private static RewardTiers.Tier tier(YamlFields t, PackOutline pack) {
    RewardType type = t.choice("type", true, RewardType.class);
    if (type == null) {
      t.allowOnly("type", "clause", "byGrade", "perArrival", "byContractAmount");
      return null;
    }
    String clause;
    switch (type) {
      case EVENT_INVITATION -> {
        t.allowOnly("type", "clause", "byGrade");
        clause = pack.clause(t);
        Map<String, BigDecimal> grades = grades(t);
        return clause == null || grades == null
            ? null
            : new RewardTiers.Tier(type, clause, grades, null, null);
      }
      case ECOMMERCE_ARRIVAL -> {
        t.allowOnly("type", "clause", "perArrival");
        clause = pack.clause(t);
        BigDecimal per = t.decimal("perArrival", true, 2);
        return clause == null || per == null
            ? null
            : new RewardTiers.Tier(type, clause, null, per, null);
      }
      default -> {
        t.allowOnly("type", "clause", "byContractAmount");
        clause = pack.clause(t);
        List<RewardTiers.Band> bands = bands(t);
        return clause == null || bands == null
            ? null
            : new RewardTiers.Tier(type, clause, null, null, bands);
      }
    }
  }

  private static Map<String, BigDecimal> grades(YamlFields t) {
    Map<String, BigDecimal> grades = new LinkedHashMap<>();
    boolean complete = true;
    for (YamlFields g : t.objects("byGrade", true)) {
      g.allowOnly("grade", "amount");
      String grade = g.code("grade", true, GRADE, "a grade like A");
      BigDecimal amount = g.decimal("amount", true, 2);
      if (grade == null || amount == null) {
        complete = false;
      } else if (grades.put(grade, amount) != null) {
        g.problem("grade", "repeats grade " + grade);
        complete = false;
      }
    }
    return complete && !grades.isEmpty() ? grades : null;
  }

  private static List<RewardTiers.Band> bands(YamlFields t) {
    List<RewardTiers.Band> bands = new ArrayList<>();
    boolean complete = true;
    List<YamlFields> items = t.objects("byContractAmount", true);
    for (int i = 0; i < items.size(); i++) {
      YamlFields b = items.get(i);
      b.allowOnly("below", "amount");
      boolean last = i == items.size() - 1;
      BigDecimal below = b.decimal("below", !last, 2);
      BigDecimal amount = b.decimal("amount", true, 2);
      if (last && below != null) {
        b.problem("below", "the last band has no bound: it takes every larger amount");
        complete = false;
      }
      BigDecimal previous = bands.isEmpty() ? null : bands.get(bands.size() - 1).below();
      if (below != null && previous != null && below.compareTo(previous) <= 0) {
        b.problem("below", "bounds must ascend");
        complete = false;
      }
      if (amount == null || (!last && below == null)) {
        complete = false;
        continue;
      }
      bands.add(new RewardTiers.Band(last ? null : below, amount));
    }
    return complete && !bands.isEmpty() ? bands : null;
  }
}
