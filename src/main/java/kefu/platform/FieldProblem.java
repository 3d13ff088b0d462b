package kefu.platform;

/** One field's problem, as listed under {@code errors} in a problem detail. */
public record FieldProblem(String field, String message) {}
