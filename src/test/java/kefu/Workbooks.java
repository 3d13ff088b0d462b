package kefu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets for import tests: a header row and text cells, as a person would type them. */
public final class Workbooks {

  private Workbooks() {}

  @SafeVarargs
  public static byte[] sheet(List<String> header, List<String>... rows) {
    return build(
        header,
        s -> {
          for (int r = 0; r < rows.length; r++) {
            write(s.createRow(r + 1), rows[r]);
          }
        });
  }

  /** A workbook with the header row, then whatever {@code fill} writes (typed cells, formulas). */
  public static byte[] build(List<String> header, Consumer<Sheet> fill) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("导入");
      write(s.createRow(0), header);
      fill.accept(s);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }
}
