package kefu.organization;

/** Search criteria of the employee list; every field optional. */
public record EmployeeFilter(
    String q, Long storeId, Position position, Level level, boolean includeLeft) {

  String likePattern() {
    return q == null || q.isBlank() ? "" : "%" + q.trim().toLowerCase() + "%";
  }
}
