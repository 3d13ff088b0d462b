package kefu.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change made from a form that redirects afterwards (post, redirect, get): the next page says
 * that it was done, or why it was refused (the first problem's message, or the given key for a
 * clash with the current state). Nothing else is caught: a 403 or 404 stays one.
 */
public final class Flash {

  private Flash() {}

  /** Runs the change and redirects to {@code target}; a {@link Conflict} says "already exists". */
  public static String change(
      RedirectAttributes redirect, String target, String doneKey, Runnable change) {
    return change(redirect, target, doneKey, "validation.duplicate", change);
  }

  /**
   * Runs the change and redirects to {@code target}; a {@link Conflict} says {@code conflictKey}.
   */
  public static String change(
      RedirectAttributes redirect,
      String target,
      String doneKey,
      String conflictKey,
      Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("message", doneKey);
    } catch (BadInput e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", conflictKey);
    }
    return "redirect:" + target;
  }
}
