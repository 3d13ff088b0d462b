package kefu.registers;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kefu.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The registers' printable A4 forms for the paper file (a handover, a key loan slip, an emergency
 * opening record, a uniform requisition): a title, the entry's facts in label–value pairs, tables,
 * lines of text and the lines where people sign by hand. The fonts the application ships are
 * embedded (Latin glyphs from DejaVu Sans, Chinese from Droid Sans Fallback), picked per character,
 * so a form prints the same on any machine. Texts are read in the request's language.
 */
@Component
public class RegisterPrint {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final Organization organization;
  private volatile List<BaseFont> fonts;

  RegisterPrint(MessageSource messages, Organization organization) {
    this.messages = messages;
    this.organization = organization;
  }

  /** A form titled {@code titleKey} (and the entry's number), its body written by {@code body}. */
  public byte[] form(String titleKey, long id, Consumer<Form> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter.getInstance(doc, out);
    Form form = new Form(doc);
    doc.addTitle(text(titleKey) + " " + id);
    doc.open();
    Paragraph title = new Paragraph(phrase(text(titleKey), 16, true));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(12);
    doc.add(title);
    body.accept(form);
    Paragraph printed =
        new Paragraph(phrase(text("registers.pdf.generatedAt", form.at(Instant.now())), 7, false));
    printed.setSpacingBefore(20);
    doc.add(printed);
    doc.close();
    return out.toByteArray();
  }

  /** A form as the answer to a request: inline, named {@code name}.pdf. */
  public static ResponseEntity<byte[]> answer(String name, byte[] pdf) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name + ".pdf").build().toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }

  /** The body of one form, written top to bottom. */
  public final class Form {

    private final Document doc;
    private final ZoneId zone = organization.zone();

    private Form(Document doc) {
      this.doc = doc;
    }

    /** Label–value pairs, two to a row; a label is a message key. */
    public Form pairs(String... keysAndValues) {
      PdfPTable head = RegisterPrint.table(1, 2, 1, 2);
      for (int i = 0; i < keysAndValues.length; i += 2) {
        PdfPCell label = cell(text(keysAndValues[i]), true);
        label.setBorder(PdfPCell.NO_BORDER);
        PdfPCell content = cell(keysAndValues[i + 1], false);
        content.setBorder(PdfPCell.NO_BORDER);
        head.addCell(label);
        head.addCell(content);
      }
      if (keysAndValues.length % 4 != 0) {
        head.completeRow();
      }
      head.setSpacingAfter(12);
      doc.add(head);
      return this;
    }

    /** A table under a header row of message keys; a cell of {@code ✓} or {@code ×} is centred. */
    public Form table(List<String> headerKeys, float[] widths, List<List<String>> rows) {
      PdfPTable t = RegisterPrint.table(widths);
      t.setHeaderRows(1);
      headerKeys.forEach(key -> t.addCell(cell(text(key), true)));
      for (List<String> row : rows) {
        for (String value : row) {
          boolean mark = "✓".equals(value) || "×".equals(value);
          PdfPCell c = cell(value, mark);
          if (mark) {
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
          }
          t.addCell(c);
        }
      }
      t.setSpacingAfter(12);
      doc.add(t);
      return this;
    }

    /** A line of text across the page. */
    public Form line(String value) {
      doc.add(new Paragraph(phrase(value, 10, false)));
      return this;
    }

    /** Lines to sign by hand, each after its label (message keys). */
    public Form signatures(String... labelKeys) {
      PdfPTable signing = RegisterPrint.table(2, 3);
      signing.setSpacingBefore(28);
      for (String key : labelKeys) {
        PdfPCell label = cell(text(key), false);
        label.setBorder(PdfPCell.NO_BORDER);
        signing.addCell(label);
        PdfPCell line = cell(" ", false);
        line.setBorder(PdfPCell.BOTTOM);
        line.setFixedHeight(30);
        signing.addCell(line);
      }
      doc.add(signing);
      return this;
    }

    /** A moment as the form prints it (the group's local time, to the minute); blank for none. */
    public String at(Instant instant) {
      return instant == null ? "" : MINUTE.format(instant.atZone(zone));
    }

    /** A message in the request's language. */
    public String text(String key, Object... args) {
      return RegisterPrint.this.text(key, args);
    }
  }

  /** An employee as a form names them: the code and, when known, the name. */
  public static String person(String code, Map<String, String> names) {
    if (code == null) {
      return "";
    }
    String name = names.get(code);
    return name == null ? code : code + " " + name;
  }

  private static PdfPTable table(float... widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    return t;
  }

  private PdfPCell cell(String value, boolean bold) {
    PdfPCell c = new PdfPCell(phrase(value, 10, bold));
    c.setPadding(5);
    return c;
  }

  /**
   * The text set in whichever embedded font has each character's glyph. The phrase itself carries
   * the Latin font too: paragraphs and spacing take the phrase's font, and without it the PDF would
   * name Helvetica, a font it does not embed.
   */
  private Phrase phrase(String value, float size, boolean bold) {
    int style = bold ? Font.BOLD : Font.NORMAL;
    Phrase phrase = new Phrase(" ", new Font(fonts().get(0), size, style));
    if (value != null && !value.isEmpty()) {
      FontSelector selector = new FontSelector();
      for (BaseFont font : fonts()) {
        selector.addFont(new Font(font, size, style));
      }
      phrase = new Phrase("", new Font(fonts().get(0), size, style));
      phrase.addAll(selector.process(value));
    }
    return phrase;
  }

  /** Read on the first print, not at start-up: the Chinese font alone is 4 MB. */
  private List<BaseFont> fonts() {
    List<BaseFont> loaded = fonts;
    if (loaded == null) {
      synchronized (this) {
        if (fonts == null) {
          fonts = List.of(font("fonts/DejaVuSans.ttf"), font("fonts/DroidSansFallbackFull.ttf"));
        }
        loaded = fonts;
      }
    }
    return loaded;
  }

  private static BaseFont font(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return BaseFont.createFont(
          name,
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
