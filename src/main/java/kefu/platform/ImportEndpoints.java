package kefu.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The four pages of an import, the same for every importer: the upload page, the template to
 * download, the upload answering the preview and the confirmation. An importer's controller extends
 * this class under its own {@code @RequestMapping} (for example {@code /employees/import}): the
 * menu entry is the path's first segment and a confirmed import goes back to the parent path.
 *
 * @param <W> who is importing, as the owning module knows them
 */
public abstract class ImportEndpoints<W extends ImportEndpoints.Uploader> {

  /** Who uploads: a preview is confirmed only by who uploaded it. */
  public interface Uploader {
    String username();
  }

  /** The import page's title and hint, and what it says when the rows are saved. */
  public record Texts(String titleKey, String hintKey, String doneKey) {}

  private final ImportPage page;
  private final Importer<W> importer;
  private final Supplier<W> writer;
  private final ImportPage.Pages pages;

  /**
   * @param writer the current user if they may import; otherwise refused with {@link Forbidden}
   */
  protected ImportEndpoints(
      ImportPage page, Importer<W> importer, Supplier<W> writer, Texts texts) {
    this.page = page;
    this.importer = importer;
    this.writer = writer;
    String base =
        AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class).path()[0];
    this.pages =
        new ImportPage.Pages(
            base,
            base.substring(1, base.indexOf('/', 1)),
            texts.titleKey(),
            texts.hintKey(),
            texts.doneKey(),
            base.substring(0, base.lastIndexOf('/')));
  }

  @GetMapping
  public String uploadPage(Model model) {
    writer.get();
    return page.page(model, pages);
  }

  @GetMapping("/template.xlsx")
  public ResponseEntity<byte[]> templateWorkbook() {
    return page.template(importer.templateFormat());
  }

  @PostMapping
  public String upload(@RequestParam("file") MultipartFile file, Model model) {
    W w = writer.get();
    return page.upload(importer.format(), importer.run(w), w.username(), file, model, pages);
  }

  @PostMapping("/confirm")
  public String confirm(
      @RequestParam String token,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    W w = writer.get();
    return page.confirm(
        importer.format(), importer.run(w), w.username(), token, model, response, redirect, pages);
  }
}
