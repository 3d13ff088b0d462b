package kefu.registers.desk;

import kefu.platform.Conflict;
import kefu.platform.FieldRefusal;
import kefu.platform.Forbidden;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step on a register's page (sign, claim, collect…) that redirects afterwards: the next page says
 * it was done, or why it was refused, the first problem's message or the rule's own (someone who
 * may not take the step is told so on the page, rather than shown an error page).
 */
public final class DeskSteps {

  private DeskSteps() {}

  public static String run(
      RedirectAttributes redirect, String target, String doneKey, Runnable step) {
    try {
      step.run();
      redirect.addFlashAttribute("message", doneKey);
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Forbidden | Conflict e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + target;
  }
}
