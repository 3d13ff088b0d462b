package kefu.organization;

/** A post change that would break the assignment history; the code is a message key. */
class AssignmentRefused extends RuntimeException {
  private final String code;

  public AssignmentRefused(String code) {
    super(code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
