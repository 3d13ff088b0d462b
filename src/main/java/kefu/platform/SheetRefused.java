package kefu.platform;

/**
 * A workbook that is not read at all: unreadable, or beyond an {@link ImportLimits} bound. The
 * message is a message key; the arguments fill it in.
 */
public class SheetRefused extends Exception {
  private final transient Object[] args;

  public SheetRefused(String messageKey, Object... args) {
    super(messageKey);
    this.args = args.clone();
  }

  public Object[] args() {
    return args.clone();
  }
}
