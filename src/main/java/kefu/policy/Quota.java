package kefu.policy;

import java.util.Objects;

/**
 * A count something must reach per store and month (doc 000 §1: group CS spot-checks each store at
 * least twice a month). Shown as a shortfall; it carries no fine.
 */
public record Quota(String code, LocalizedText label, int atLeast, String performedBy) {
  public Quota {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
