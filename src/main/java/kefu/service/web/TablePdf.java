package kefu.service.web;

import com.lowagie.text.Document;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * A list of service records as a landscape A4 PDF: a title, a header row of message keys and the
 * rows as the caller formats them (customer numbers already masked). Characters are set in the
 * embedded fonts the application ships (DejaVu Sans for Latin, Droid Sans Fallback for Chinese),
 * loaded on the first export.
 */
@Component
public class TablePdf {

  private static final List<String> FONTS =
      List.of("fonts/DejaVuSans.ttf", "fonts/DroidSansFallbackFull.ttf");

  private final MessageSource messages;
  private final SingletonSupplier<List<BaseFont>> fonts =
      SingletonSupplier.of(() -> FONTS.stream().map(TablePdf::embedded).toList());

  TablePdf(MessageSource messages) {
    this.messages = messages;
  }

  /** The document as an attachment named {@code filename}. */
  public ResponseEntity<byte[]> download(
      String filename, String title, List<String> headerKeys, List<List<Object>> rows) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build());
    return new ResponseEntity<>(write(title, headerKeys, rows), headers, HttpStatus.OK);
  }

  byte[] write(String title, List<String> headerKeys, List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(title);
    doc.open();
    Paragraph heading = new Paragraph(set(title, 14, Font.BOLD));
    heading.setSpacingAfter(10);
    doc.add(heading);
    PdfPTable table = new PdfPTable(headerKeys.size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String key : headerKeys) {
      table.addCell(
          cell(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()), true));
    }
    for (List<Object> row : rows) {
      for (Object value : row) {
        table.addCell(cell(value == null ? "" : String.valueOf(value), false));
      }
    }
    doc.add(table);
    doc.close();
    return out.toByteArray();
  }

  private PdfPCell cell(String text, boolean header) {
    PdfPCell c = new PdfPCell(set(text, 8, header ? Font.BOLD : Font.NORMAL));
    c.setPadding(3);
    return c;
  }

  private Phrase set(String text, float size, int style) {
    if (text.isEmpty()) {
      return new Phrase(" ", new Font(fonts.obtain().get(0), size));
    }
    FontSelector selector = new FontSelector();
    fonts.obtain().forEach(f -> selector.addFont(new Font(f, size, style)));
    return selector.process(text);
  }

  private static BaseFont embedded(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return BaseFont.createFont(
          resource.substring(resource.indexOf('/') + 1),
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
