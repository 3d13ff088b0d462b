package kefu.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file as a stream of text rows, the header row skipped and empty
 * rows left out. The sheet itself is parsed as it is read (SAX), so its size costs time, not heap;
 * what must sit in memory (shared strings, styles) is refused beyond {@link
 * ImportLimits#maxBytes()}. Numbers come back without exponent, dates as {@code 2026-11-03} or,
 * when they carry a time, {@code 2026-11-03 09:20}, so callers parse one format whatever the
 * spreadsheet program wrote. A cell that cannot be taken as typed reads as empty with a problem on
 * it: a formula without a stored result, an error value, control characters, or more than {@link
 * ImportLimits#maxCellChars()} characters.
 */
final class SheetReader {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final ImportLimits limits;

  SheetReader(ImportLimits limits) {
    this.limits = limits;
  }

  /** Hands each data row of the workbook's first sheet to {@code sink}, in sheet order. */
  void read(Path workbook, int columns, Consumer<SheetRow> sink) throws SheetRefused {
    try {
      if (Files.size(workbook) > limits.maxBytes()) {
        throw tooLarge();
      }
    } catch (IOException e) {
      throw new SheetRefused("import.unreadable");
    }
    try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      InputStream stringsPart = bounded(pkg, XSSFRelation.SHARED_STRINGS);
      ReadOnlySharedStringsTable strings =
          stringsPart == null
              ? new ReadOnlySharedStringsTable(pkg)
              : new ReadOnlySharedStringsTable(stringsPart, false);
      InputStream stylesPart = bounded(pkg, XSSFRelation.STYLES);
      StylesTable styles = stylesPart == null ? new StylesTable() : new StylesTable(stylesPart);
      boolean date1904 = date1904(reader.getWorkbookData());
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new SheetRefused("import.unreadable");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new Rows(columns, strings, styles, date1904, sink));
        xml.parse(new InputSource(sheet));
      }
    } catch (TooManyRows e) {
      throw new SheetRefused("import.tooManyRows", limits.maxRows());
    } catch (PartTooLarge e) {
      throw tooLarge();
    } catch (SheetRefused e) {
      throw e;
    } catch (Exception e) {
      if (causedBy(e, PartTooLarge.class) || zipBomb(e)) {
        throw tooLarge();
      }
      if (causedBy(e, TooManyRows.class)) {
        throw new SheetRefused("import.tooManyRows", limits.maxRows());
      }
      throw new SheetRefused("import.unreadable");
    }
  }

  private SheetRefused tooLarge() {
    return new SheetRefused("import.tooLarge", limits.maxBytes() / (1024 * 1024));
  }

  /**
   * POI refuses a part that unpacks to more than 100 times its packed size before our bound is
   * reached; to the user that is the same: too much text for one import.
   */
  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException && String.valueOf(t.getMessage()).startsWith("Zip bomb")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The part's content, refused as soon as more than the limit has been unpacked; null if none. */
  private InputStream bounded(OPCPackage pkg, XSSFRelation relation) throws Exception {
    List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
    if (parts.isEmpty()) {
      return null;
    }
    return new Bounded(parts.get(0).getInputStream(), limits.maxBytes());
  }

  private static boolean date1904(InputStream workbookXml) throws Exception {
    boolean[] found = {false};
    try (workbookXml) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if ("workbookPr".equals(local)) {
                String v = a.getValue("date1904");
                found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
              }
            }
          });
      xml.parse(new InputSource(workbookXml));
    }
    return found[0];
  }

  /** The SAX handler that turns {@code <row>}/{@code <c>} elements into {@link SheetRow}s. */
  private final class Rows extends DefaultHandler {
    private final int columns;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Consumer<SheetRow> sink;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    private boolean header = true;
    private int dataRows;
    private int rowNumber;
    private String[] cells;
    private Map<Integer, String> problems;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean value;
    private boolean collecting;
    private int phonetic;

    Rows(
        int columns,
        ReadOnlySharedStringsTable strings,
        StylesTable styles,
        boolean date1904,
        Consumer<SheetRow> sink) {
      this.columns = columns;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.sink = sink;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          cells = new String[columns];
          Arrays.fill(cells, "");
          problems = new HashMap<>();
          column = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          column =
              ref == null
                  ? column + 1
                  : CellReference.convertColStringToIndex(ref.replaceAll("[0-9]", ""));
          type = a.getValue("t");
          String s = a.getValue("s");
          style = s == null ? 0 : Integer.parseInt(s);
          formula = false;
          value = false;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> collecting = true;
        case "rPh" -> phonetic++;
        case "t" -> collecting = phonetic == 0;
        default -> {
          // other elements carry nothing an import reads
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      // one character beyond the limit is enough to know the cell is too long
      if (collecting && text.length() <= limits.maxCellChars()) {
        text.append(ch, start, Math.min(length, limits.maxCellChars() + 1 - text.length()));
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (local) {
        case "v", "t" -> {
          value |= collecting;
          collecting = false;
        }
        case "rPh" -> phonetic--;
        case "c" -> {
          if (column >= 0 && column < columns) {
            cell();
          }
        }
        case "row" -> row();
        default -> {
          // nothing to finish
        }
      }
    }

    private void cell() {
      if (formula && !value) {
        problems.put(column, "import.formulaWithoutValue");
        return;
      }
      if (!value) {
        return;
      }
      String raw = text.toString();
      String v;
      if (type == null || "n".equals(type)) {
        v = number(raw);
        if (v == null) {
          return;
        }
      } else {
        v =
            switch (type) {
              case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
              case "inlineStr" -> new XSSFRichTextString(raw).getString();
              case "b" -> "1".equals(raw.trim()) ? "TRUE" : "FALSE";
              case "e" -> null;
              default -> raw;
            };
        if (v == null) {
          problems.put(column, "import.errorValue");
          return;
        }
      }
      v = v.strip();
      if (v.length() > limits.maxCellChars()) {
        problems.put(column, "import.cellTooLong");
      } else if (v.chars().anyMatch(SheetReader::control)) {
        problems.put(column, "import.controlCharacter");
      } else {
        cells[column] = v;
      }
    }

    private String number(String raw) {
      double d;
      try {
        d = Double.parseDouble(raw.trim());
      } catch (NumberFormatException e) {
        problems.put(column, "import.badNumber");
        return null;
      }
      if (!isDateStyle(style)) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      }
      if (!DateUtil.isValidExcelDate(d)) {
        problems.put(column, "import.badDate");
        return null;
      }
      LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
      if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        return t.toLocalDate().toString();
      }
      return (t.getSecond() == 0 ? MINUTES : SECONDS).format(t);
    }

    private boolean isDateStyle(int index) {
      return dateStyles.computeIfAbsent(
          index,
          i -> {
            if (i >= styles.getNumCellStyles()) {
              return false;
            }
            var s = styles.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
          });
    }

    private void row() throws TooManyRows {
      if (header) {
        header = false;
        return;
      }
      boolean any = !problems.isEmpty() || Arrays.stream(cells).anyMatch(c -> !c.isEmpty());
      if (!any) {
        return;
      }
      if (++dataRows > limits.maxRows()) {
        throw new TooManyRows();
      }
      sink.accept(new SheetRow(rowNumber, Arrays.asList(cells), problems));
    }
  }

  /** Tab, line breaks and printable text are what people type; everything else is refused. */
  private static boolean control(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0x7f
        || c == 0xfffe
        || c == 0xffff;
  }

  private static final class TooManyRows extends SAXException {}

  private static final class PartTooLarge extends IOException {}

  /** An input stream that fails once more than {@code limit} bytes have been read from it. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws PartTooLarge {
      read += n;
      if (read > limit) {
        throw new PartTooLarge();
      }
    }
  }
}
