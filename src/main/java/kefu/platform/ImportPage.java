package kefu.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The web side of the {@link ImportFlow}, the same for every importer: the upload answers the
 * import page with the preview (or why the file was refused), the confirmation redirects after
 * saving or answers the page again with 409 for a token already used and 422 for a file that no
 * longer passes. The page renders {@code fragments/import :: preview}.
 */
@Component
public class ImportPage {

  private final ImportFlow flow;

  ImportPage(ImportFlow flow) {
    this.flow = flow;
  }

  /** Where an importer's pages are and what they say when done. */
  public record Pages(String view, String doneKey, String doneRedirect) {}

  public String upload(
      ImportFormat format,
      ImportRun<?> run,
      String owner,
      MultipartFile file,
      Model model,
      Pages pages) {
    try {
      model.addAttribute("preview", flow.preview(format, run, owner, file.getInputStream()));
    } catch (SheetRefused e) {
      refuse(model, e.getMessage(), e.args().length == 0 ? null : e.args()[0]);
    } catch (IOException e) {
      refuse(model, "import.unreadable", null);
    }
    return pages.view();
  }

  public String confirm(
      ImportFormat format,
      ImportRun<?> run,
      String owner,
      String token,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Pages pages) {
    try {
      int count = flow.confirm(format, run, owner, token);
      redirect.addFlashAttribute("message", pages.doneKey());
      redirect.addFlashAttribute("messageArg", count);
      return "redirect:" + pages.doneRedirect();
    } catch (Conflict e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      refuse(model, "import.used", null);
    } catch (RuleRefused e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      refuse(model, "import.changed", null);
    }
    return pages.view();
  }

  private static void refuse(Model model, String key, Object arg) {
    model.addAttribute("fileError", key);
    model.addAttribute("fileErrorArg", arg);
  }
}
