package kefu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an uploaded workbook as text cells, one list per non-empty row after the
 * header. Dates come back as ISO dates and numbers without exponent, so callers parse one format
 * whatever the spreadsheet program wrote.
 */
public final class ExcelImport {

  /** A data row: its 1-based number as the spreadsheet shows it, and its cells. */
  public record SheetRow(int number, List<String> cells) implements java.io.Serializable {
    public String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }
  }

  private ExcelImport() {}

  public static List<SheetRow> read(InputStream in, int columns) throws IOException {
    try (Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<SheetRow> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        List<String> cells = new ArrayList<>(columns);
        boolean any = false;
        for (int c = 0; c < columns; c++) {
          String v = text(row.getCell(c), formatter);
          any |= !v.isEmpty();
          cells.add(v);
        }
        if (any) {
          rows.add(new SheetRow(r + 1, cells));
        }
      }
      return rows;
    } catch (RuntimeException e) {
      throw new IOException("not a readable workbook", e);
    }
  }

  /** A decimal cell, or null when empty; a bad value adds a problem for the field. */
  public static BigDecimal decimal(String value, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "import.badNumber"));
      return null;
    }
  }

  /** A whole-number cell, or null when empty; a bad value adds a problem for the field. */
  public static Integer integer(String value, String field, List<FieldProblem> problems) {
    BigDecimal d = decimal(value, field, problems);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      problems.add(new FieldProblem(field, "import.badNumber"));
      return null;
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return formatter.formatCellValue(cell).trim();
  }
}
