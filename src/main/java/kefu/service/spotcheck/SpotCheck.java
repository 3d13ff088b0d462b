package kefu.service.spotcheck;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.platform.Conflict;
import kefu.platform.RuleRefused;

/**
 * One spot check of a store's month: its sample and the verdict on each sampled callback so far. A
 * verdict goes only on a sampled callback, once; the check is complete when each has one.
 */
public final class SpotCheck {

  private final long id;
  private final String storeCode;
  private final YearMonth month;
  private final long seed;
  private final Map<Long, Verdict> verdicts = new LinkedHashMap<>();

  /** {@code verdicts} holds each sampled callback, with its verdict or null while unmarked. */
  public SpotCheck(
      long id, String storeCode, YearMonth month, long seed, Map<Long, Verdict> verdicts) {
    this.id = id;
    this.storeCode = storeCode;
    this.month = month;
    this.seed = seed;
    this.verdicts.putAll(verdicts);
  }

  public long id() {
    return id;
  }

  public String storeCode() {
    return storeCode;
  }

  public YearMonth month() {
    return month;
  }

  public long seed() {
    return seed;
  }

  public List<Long> callbackIds() {
    return List.copyOf(verdicts.keySet());
  }

  public Optional<Verdict> verdictOn(long callbackId) {
    return Optional.ofNullable(verdicts.get(callbackId));
  }

  public boolean complete() {
    return !verdicts.isEmpty() && verdicts.values().stream().allMatch(v -> v != null);
  }

  /**
   * Marks a sampled callback and answers the verdict that stands: refused (422 on {@code
   * callbackId}) for a callback outside the sample, a conflict (409) for one already marked.
   */
  public Verdict judge(long callbackId, Verdict marked, boolean hasRecording) {
    if (!verdicts.containsKey(callbackId)) {
      throw new RuleRefused("callbackId", "spotCheck.notInSample");
    }
    if (verdicts.get(callbackId) != null) {
      throw new Conflict("callback " + callbackId + " already has a verdict in check " + id);
    }
    Verdict standing = Verdict.standing(marked, hasRecording);
    verdicts.put(callbackId, standing);
    return standing;
  }
}
