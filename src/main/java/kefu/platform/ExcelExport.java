package kefu.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes a list as an .xlsx download with headers in the user's language. Streams rows so that a
 * month of a large group does not sit in memory as a workbook.
 */
@Component
public class ExcelExport {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MessageSource messages;

  ExcelExport(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * One sheet of a workbook: its name and header cells as message keys; row cells may be strings,
   * numbers, dates or null.
   */
  public record SheetData(String sheetKey, List<String> headerKeys, List<List<Object>> rows) {}

  /** Header cells are message keys; row cells may be strings, numbers, dates or null. */
  public byte[] write(String sheetKey, List<String> headerKeys, List<List<Object>> rows) {
    return write(List.of(new SheetData(sheetKey, headerKeys, rows)));
  }

  /** A workbook with the sheets in the order given. */
  public byte[] write(List<SheetData> sheets) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (SheetData data : sheets) {
        fill(wb.createSheet(text(data.sheetKey())), data, bold, date);
      }
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fill(Sheet sheet, SheetData data, CellStyle bold, CellStyle date) {
    List<String> headerKeys = data.headerKeys();
    Row header = sheet.createRow(0);
    for (int i = 0; i < headerKeys.size(); i++) {
      Cell c = header.createCell(i);
      c.setCellValue(text(headerKeys.get(i)));
      c.setCellStyle(bold);
      sheet.setColumnWidth(i, 16 * 256);
    }
    int r = 1;
    for (List<Object> values : data.rows()) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        Cell c = row.createCell(i);
        if (v instanceof BigDecimal b) {
          c.setCellValue(b.doubleValue());
        } else if (v instanceof Number n) {
          c.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
          c.setCellValue(d);
          c.setCellStyle(date);
        } else if (v != null) {
          c.setCellValue(String.valueOf(v));
        }
      }
    }
    sheet.createFreezePane(0, 1);
  }

  public ResponseEntity<byte[]> download(
      String filename, String sheetKey, List<String> headerKeys, List<List<Object>> rows) {
    return download(filename, List.of(new SheetData(sheetKey, headerKeys, rows)));
  }

  public ResponseEntity<byte[]> download(String filename, List<SheetData> sheets) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(XLSX)
        .body(write(sheets));
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
