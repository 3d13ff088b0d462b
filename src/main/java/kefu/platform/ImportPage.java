package kefu.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The web side of the {@link ImportFlow}, the same for every importer: the upload answers the
 * import page with the preview (or why the file was refused), the confirmation redirects after
 * saving or answers the page again with 409 for a token already used and 422 for a file that no
 * longer passes. The page ({@code import.html}) renders {@code fragments/import :: preview}.
 */
@Component
public class ImportPage {

  private final ImportFlow flow;
  private final ImportTemplate template;

  ImportPage(ImportFlow flow, ImportTemplate template) {
    this.flow = flow;
    this.template = template;
  }

  /** The template workbook to download. */
  public ResponseEntity<byte[]> template(ImportFormat format) {
    return template.download(format);
  }

  /**
   * Where an importer's pages are ({@code base}, e.g. {@code /employees/import}, with {@code
   * /template.xlsx} and {@code /confirm} below it), the menu entry they belong to, their title and
   * hint, and what they say and where they go when done. All of them render the view {@code
   * import}.
   */
  public record Pages(
      String base,
      String active,
      String titleKey,
      String hintKey,
      String doneKey,
      String doneRedirect) {}

  /** The upload page, before any file. */
  public String page(Model model, Pages pages) {
    model.addAttribute("importPages", pages);
    return "import";
  }

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
    return page(model, pages);
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
    return page(model, pages);
  }

  private static void refuse(Model model, String key, Object arg) {
    model.addAttribute("fileError", key);
    model.addAttribute("fileErrorArg", arg);
  }
}
