package kefu.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The template workbook of an import, to download and fill in: the header row in the user's
 * language, one example row, and for every column with a fixed set of values a list of them on a
 * second sheet and a drop-down on the column, so the valid values are picked rather than typed.
 */
@Component
public class ImportTemplate {

  private final MessageSource messages;
  private final ImportLimits limits;

  ImportTemplate(MessageSource messages, ImportLimits limits) {
    this.messages = messages;
    this.limits = limits;
  }

  public ResponseEntity<byte[]> download(ImportFormat format) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(format.kind() + "-import.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(ExcelExport.XLSX)
        .body(write(format));
  }

  byte[] write(ImportFormat format) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(text(format.sheetKey()));
      Sheet values = wb.createSheet(text("import.valuesSheet"));
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      Row example = sheet.createRow(1);
      Row valuesHeader = values.createRow(0);
      DataValidationHelper validations = sheet.getDataValidationHelper();
      List<ImportColumn> columns = format.columns();
      int listed = 0;
      for (int c = 0; c < columns.size(); c++) {
        ImportColumn column = columns.get(c);
        header.createCell(c).setCellValue(text(format.label(column.name())));
        header.getCell(c).setCellStyle(bold);
        example.createCell(c).setCellValue(column.example());
        sheet.setColumnWidth(c, 18 * 256);
        if (column.values().isEmpty()) {
          continue;
        }
        valuesHeader.createCell(listed).setCellValue(text(format.label(column.name())));
        valuesHeader.getCell(listed).setCellStyle(bold);
        for (int v = 0; v < column.values().size(); v++) {
          Row row = values.getRow(v + 1) == null ? values.createRow(v + 1) : values.getRow(v + 1);
          row.createCell(listed).setCellValue(column.values().get(v));
        }
        String letter = CellReference.convertNumToColString(listed);
        String range =
            "'%s'!$%s$2:$%s$%d"
                .formatted(values.getSheetName(), letter, letter, column.values().size() + 1);
        DataValidation dropDown =
            validations.createValidation(
                validations.createFormulaListConstraint(range),
                new CellRangeAddressList(1, limits.maxRows(), c, c));
        // a warning, not a refusal: a code or label typed by hand is also read (and checked)
        dropDown.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        dropDown.setShowErrorBox(true);
        sheet.addValidationData(dropDown);
        values.setColumnWidth(listed, 24 * 256);
        listed++;
      }
      sheet.createFreezePane(0, 1);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
