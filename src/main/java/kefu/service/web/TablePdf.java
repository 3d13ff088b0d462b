package kefu.service.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kefu.platform.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A list of service records as a landscape A4 PDF: a title, a header row of message keys and the
 * rows as the caller formats them (customer numbers already masked), set in the embedded {@link
 * PdfFonts}.
 */
@Component
public class TablePdf {

  private final MessageSource messages;

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
    Paragraph heading = new Paragraph(PdfFonts.phrase(title, 14, Font.BOLD));
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
    PdfPCell c = new PdfPCell(PdfFonts.phrase(text, 8, header ? Font.BOLD : Font.NORMAL));
    c.setPadding(3);
    return c;
  }
}
