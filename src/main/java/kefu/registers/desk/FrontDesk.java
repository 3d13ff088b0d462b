package kefu.registers.desk;

import java.util.List;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import org.springframework.stereotype.Component;

/**
 * What the front-desk registers (handover, duty log, returns) ask in the same way: which store a
 * caller may record in, whose own entry it is, which store a list is confined to, whether someone
 * held a post in a store on a day.
 */
@Component
public class FrontDesk {

  private final Organization organization;
  private final Assignments assignments;

  FrontDesk(Organization organization, Assignments assignments) {
    this.organization = organization;
    this.assignments = assignments;
  }

  /**
   * The store a caller records an entry in: it must exist (400 on {@code storeCode}) and the caller
   * must write for it, or be {@code ownCode}, the person the entry is about (a front desk recording
   * their own shift, 403 otherwise). Returns the store's code as stored.
   */
  public String recordingStore(AccessScope scope, String storeCode, String ownCode, String key) {
    String code = storeCode.strip();
    long storeId =
        organization
            .storeId(code)
            .orElseThrow(() -> new BadInput("storeCode", "desk.unknownStore"));
    boolean ownEntry = ownCode != null && ownEmployee(scope).filter(ownCode::equals).isPresent();
    if (!scope.admitsStore(storeId) || !(scope.canWrite() || ownEntry)) {
      throw new Forbidden(key);
    }
    return code;
  }

  /** The caller's own employee code, if their login has one. */
  public Optional<String> ownEmployee(AccessScope scope) {
    return organization.ownEmployeeCode(scope);
  }

  /**
   * The store code a list is filtered by: the one asked for (404 outside the scope), else theirs.
   */
  public String listStore(AccessScope scope, String storeCode) {
    if (storeCode != null && !storeCode.isBlank()) {
      return organization.store(scope, storeCode.strip()).getCode();
    }
    return organization.codes(scope).storeCode();
  }

  /**
   * A record of a store outside the caller's scope is not found, so its existence does not leak.
   */
  public void requireVisible(AccessScope scope, String storeCode, String what) {
    long storeId = organization.storeId(storeCode).orElse(-1L);
    if (!scope.admitsStore(storeId)) {
      throw new NotFound(what);
    }
  }

  /** The post the employee held in the store on the day, if any. */
  public Optional<String> postOn(String employeeCode, String storeCode, java.time.LocalDate day) {
    return assignments.positionAt(employeeCode, storeCode, day);
  }

  /** Adds "required" for a value left empty. */
  public static void required(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "validation.required"));
    }
  }

  /** A text as stored: stripped, and null when left empty. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A moment in the group's zone as the API shows it; null stays null. */
  public static java.time.OffsetDateTime local(java.time.Instant at, java.time.ZoneId zone) {
    return at == null ? null : at.atZone(zone).toOffsetDateTime();
  }
}
