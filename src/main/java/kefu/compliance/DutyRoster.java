package kefu.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who owes each store's work for a deadline on a day: the effective-dated duties, each in force
 * from its day until the next one. The first duty of a store and deadline also starts its tracking:
 * periods ending before it are not owed in Kefu (SPEC §8.1).
 */
public final class DutyRoster {

  /** A duty as stored: from {@code from} on, {@code employeeCode} owes the store's work. */
  public record Duty(String storeCode, String deadline, String employeeCode, LocalDate from) {}

  /** Who else holds a post in a store on a day, for when no duty names anyone. */
  @FunctionalInterface
  public interface Posts {
    Optional<String> holder(String storeCode, String position, LocalDate day);
  }

  private final Map<String, TreeMap<LocalDate, String>> byStoreAndDeadline = new HashMap<>();

  public DutyRoster(List<Duty> duties) {
    for (Duty d : duties) {
      byStoreAndDeadline
          .computeIfAbsent(d.storeCode() + "|" + d.deadline(), k -> new TreeMap<>())
          .put(d.from(), d.employeeCode());
    }
  }

  /** The day the store's work for the deadline is tracked from, if it has any duty. */
  public Optional<LocalDate> trackedFrom(String storeCode, String deadline) {
    TreeMap<LocalDate, String> duties = byStoreAndDeadline.get(storeCode + "|" + deadline);
    return duties == null ? Optional.empty() : Optional.of(duties.firstKey());
  }

  /** The employee named by the duty in force on {@code day}, if one is. */
  public Optional<String> dutyOn(String storeCode, String deadline, LocalDate day) {
    TreeMap<LocalDate, String> duties = byStoreAndDeadline.get(storeCode + "|" + deadline);
    if (duties == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(duties.floorEntry(day)).map(Map.Entry::getValue);
  }

  /**
   * Who answers for the work due on {@code day}: the duty holder, when they still hold a post in
   * the store that day; else the store's CS manager; else its store manager.
   */
  public Optional<String> responsible(
      String storeCode, String deadline, LocalDate day, Posts posts, PostsHeld held) {
    Optional<String> duty =
        dutyOn(storeCode, deadline, day).filter(e -> held.holdsPost(e, storeCode, day));
    if (duty.isPresent()) {
      return duty;
    }
    return posts
        .holder(storeCode, "CS_MANAGER", day)
        .or(() -> posts.holder(storeCode, "STORE_MANAGER", day));
  }

  /** Whether an employee holds a post in a store on a day. */
  @FunctionalInterface
  public interface PostsHeld {
    boolean holdsPost(String employeeCode, String storeCode, LocalDate day);
  }
}
