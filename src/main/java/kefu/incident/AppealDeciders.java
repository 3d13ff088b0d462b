package kefu.incident;

import java.util.Optional;
import kefu.organization.Role;

/**
 * Who may decide an appeal. Nobody decides on an incident they recorded or that concerns
 * themselves; the decision goes one level above everyone involved: a CS manager's own case or one
 * they recorded goes to the store manager, the store manager's to group CS, and at group level to
 * another group CS user or an administrator. Plain rules on plain values, so they are tested
 * without Spring.
 */
public final class AppealDeciders {

  /** The levels of the department, lowest first; a decider must reach the level required. */
  public enum Level {
    /** Staff, and incidents recorded by the system rather than a person. */
    NONE,
    STORE_CS,
    STORE_MANAGER,
    GROUP;

    static Level of(Role role) {
      if (role == null) {
        return NONE;
      }
      return switch (role) {
        case ADMIN, GROUP_CS -> GROUP;
        case STORE_MANAGER -> STORE_MANAGER;
        case CS_MANAGER -> STORE_CS;
        case EXECUTIVE, STAFF -> NONE;
      };
    }

    /** The level of a post an employee holds (a position code), {@link #NONE} for the others. */
    static Level ofPosition(String position) {
      if (position == null) {
        return NONE;
      }
      return switch (position) {
        case "GROUP_CS", "EXECUTIVE" -> GROUP;
        case "STORE_MANAGER" -> STORE_MANAGER;
        case "CS_MANAGER" -> STORE_CS;
        default -> NONE;
      };
    }

    private Level above() {
      return this == GROUP ? GROUP : values()[ordinal() + 1];
    }
  }

  /**
   * The people an appeal involves: who recorded the incident (username and role then, null when
   * unknown) and the employee it concerns (code, null for a store-level incident, and the level of
   * the post they held that day).
   */
  public record Involved(
      String recordedBy, Role recorderRole, String employeeCode, Level employeeLevel) {

    /** The lowest level that may decide: one above the recorder and the employee concerned. */
    public Level required() {
      Level highest = Level.of(recorderRole);
      if (employeeLevel != null && employeeLevel.compareTo(highest) > 0) {
        highest = employeeLevel;
      }
      return highest.above();
    }
  }

  /** The one who would decide: their login, role and own employee code (null when none). */
  public record Decider(String username, Role role, String employeeCode) {}

  /** Why someone may not decide, each a message key with the required level as its argument. */
  public enum Refusal {
    RECORDED_IT("appeal.decider.recordedIt"),
    OWN_CASE("appeal.decider.ownCase"),
    LEVEL_TOO_LOW("appeal.decider.levelTooLow");

    private final String messageKey;

    Refusal(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private AppealDeciders() {}

  /**
   * Why {@code decider} may not decide the appeal, or empty when they may. Only for deciders who
   * may change records at all (read-only roles are refused before).
   */
  public static Optional<Refusal> refusal(Decider decider, Involved involved) {
    if (decider.username().equals(involved.recordedBy())) {
      return Optional.of(Refusal.RECORDED_IT);
    }
    if (decider.employeeCode() != null && decider.employeeCode().equals(involved.employeeCode())) {
      return Optional.of(Refusal.OWN_CASE);
    }
    if (Level.of(decider.role()).compareTo(involved.required()) < 0) {
      return Optional.of(Refusal.LEVEL_TOO_LOW);
    }
    return Optional.empty();
  }
}
