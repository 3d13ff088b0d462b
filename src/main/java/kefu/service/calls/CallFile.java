package kefu.service.calls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a call file row by row, never whole: a CSV (UTF-8, optional BOM, quoted cells allowed) line
 * by line, an xlsx through POI's SAX event reader of its first sheet. The first row is the header
 * and is skipped; each data row goes to the handler with its line number.
 */
final class CallFile {

  /** Receives each data row. */
  interface Rows {
    void row(long line, List<String> cells);
  }

  private CallFile() {}

  static boolean isXlsx(String fileName) {
    return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }

  static void csv(InputStream in, Rows rows) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    long number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1) {
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      rows.row(number, split(line));
    }
  }

  /** One CSV line's cells; a quoted cell may hold commas and doubled quotes. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>(CallRow.COLUMNS);
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (ch != '\uFEFF') {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  static void xlsx(java.nio.file.Path file, Rows rows) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        SheetRows handler = new SheetRows(rows);
        parser.setContentHandler(
            new XSSFSheetXMLHandler(styles, null, strings, handler, new IsoDates(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("not a readable xlsx file: " + e.getMessage(), e);
    }
  }

  /** Date cells as ISO local times, so a start typed as an Excel date reads like text. */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value).truncatedTo(ChronoUnit.SECONDS);
        return t.toString().replace('T', ' ');
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Rows rows;
    private final List<String> cells = new ArrayList<>(CallRow.COLUMNS);
    private long line;

    SheetRows(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      line = rowNum + 1L;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (line == 1 || cells.stream().allMatch(String::isBlank)) {
        return;
      }
      rows.row(line, List.copyOf(cells));
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int column = ref == null ? cells.size() : new CellReference(ref).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }
}
