package kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import kefu.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming sheet reader: cells as typed, nothing silently changed, and its bounds. */
class SheetReaderTest {

  static final List<String> HEADER = List.of("a", "b", "c");
  static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 100, 50);

  @TempDir Path dir;

  List<SheetRow> read(byte[] workbook, ImportLimits limits) throws Exception {
    Path file = Files.write(dir.resolve("in.xlsx"), workbook);
    List<SheetRow> rows = new ArrayList<>();
    new SheetReader(limits).read(file, HEADER.size(), rows::add);
    return rows;
  }

  List<SheetRow> read(Consumer<Sheet> fill) throws Exception {
    return read(Workbooks.build(HEADER, fill), LIMITS);
  }

  /** What the reader makes of row 1 as {@code cells} write it. */
  SheetRow firstRow(Consumer<Row> cells) throws Exception {
    return read(s -> cells.accept(s.createRow(1))).get(0);
  }

  /** A workbook whose first column holds, in rows 1 to {@code rows}, what {@code value} writes. */
  static byte[] firstColumn(int rows, ObjIntConsumer<Cell> value) {
    return Workbooks.build(
        HEADER,
        s -> {
          for (int i = 1; i <= rows; i++) {
            value.accept(s.createRow(i).createCell(0), i);
          }
        });
  }

  static void styled(Cell cell, String pattern) {
    Sheet s = cell.getSheet();
    CellStyle style = s.getWorkbook().createCellStyle();
    style.setDataFormat(s.getWorkbook().createDataFormat().getFormat(pattern));
    cell.setCellStyle(style);
  }

  @Test
  void textAndNumbersComeBackAsTypedWithTheirRowNumbers() throws Exception {
    List<SheetRow> rows =
        read(
            s -> {
              Row r = s.createRow(2);
              r.createCell(0).setCellValue(" 张三 ");
              r.createCell(1).setCellValue(1.5);
              r.createCell(2).setCellValue(3000);
              s.createRow(3).createCell(0).setCellValue(12345678901.0);
            });
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(3);
    assertThat(rows.get(0).cells()).containsExactly("张三", "1.5", "3000");
    assertThat(rows.get(1).cells()).containsExactly("12345678901", "", "");
  }

  @Test
  void aDateTimeCellKeepsItsTimeAndADateCellIsADay() throws Exception {
    SheetRow row =
        firstRow(
            r -> {
              r.createCell(0).setCellValue(LocalDateTime.parse("2026-11-03T09:20"));
              styled(r.getCell(0), "yyyy-mm-dd hh:mm");
              r.createCell(1).setCellValue(LocalDate.parse("2026-11-03"));
              styled(r.getCell(1), "yyyy-mm-dd");
              r.createCell(2).setCellValue(LocalDateTime.parse("2026-11-03T09:20:15"));
              styled(r.getCell(2), "yyyy-mm-dd hh:mm:ss");
            });
    assertThat(row.cells())
        .containsExactly("2026-11-03 09:20", "2026-11-03", "2026-11-03 09:20:15");
  }

  @Test
  void aFormulaWithoutAStoredResultIsRefusedOnItsCellNotReadAsZero() throws Exception {
    SheetRow row =
        firstRow(
            r -> {
              r.createCell(0).setCellValue("x");
              r.createCell(1).setCellFormula("2*3");
            });
    assertThat(row.cells()).containsExactly("x", "", "");
    assertThat(row.cellProblems()).isEqualTo(Map.of(1, "import.formulaWithoutValue"));
  }

  @Test
  void aFormulaWithItsStoredResultReadsAsThatResult() throws Exception {
    SheetRow row =
        firstRow(
            r -> {
              r.createCell(0).setCellFormula("2*3");
              r.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    assertThat(row.cells()).containsExactly("6", "", "");
    assertThat(row.cellProblems()).isEmpty();
  }

  @Test
  void controlCharactersAndOverlongTextAreRefusedOnTheirCells() throws Exception {
    SheetRow row =
        firstRow(
            r -> {
              // Excel writes control characters escaped like this; POI would write NUL as "?"
              r.createCell(0).setCellValue("张_x0000_三");
              r.createCell(1).setCellValue("x".repeat(51));
              r.createCell(2).setCellValue("第一行\n第二行");
            });
    assertThat(row.cellProblems())
        .isEqualTo(Map.of(0, "import.controlCharacter", 1, "import.cellTooLong"));
    assertThat(row.cell(2)).isEqualTo("第一行\n第二行");
  }

  @Test
  void emptyRowsAreLeftOutAndTheHeaderIsSkipped() throws Exception {
    List<SheetRow> rows =
        read(
            s -> {
              s.createRow(1).createCell(0).setCellValue("");
              s.createRow(2).createCell(2).setCellValue("c");
            });
    assertThat(rows).extracting(SheetRow::number).containsExactly(3);
  }

  @Test
  void moreRowsThanTheLimitRefuseTheFile() {
    byte[] workbook = firstColumn(101, (cell, i) -> cell.setCellValue(i));
    assertThatThrownBy(() -> read(workbook, LIMITS))
        .isInstanceOf(SheetRefused.class)
        .hasMessage("import.tooManyRows");
  }

  @Test
  void sharedStringsThatUnpackBeyondTheLimitRefuseASmallFile() throws IOException {
    // 2,000 distinct strings of 45 characters: about 120 KB of shared strings, compressed to little
    byte[] workbook = firstColumn(2000, (cell, i) -> cell.setCellValue("%045d".formatted(i)));
    ImportLimits small = new ImportLimits(64 * 1024, 10_000, 50);
    assertThat(workbook.length).isLessThan(64 * 1024);
    assertThatThrownBy(() -> read(workbook, small))
        .isInstanceOf(SheetRefused.class)
        .hasMessage("import.tooLarge");
  }

  @Test
  void textThatUnpacksToOverAHundredTimesItsFileIsRefusedAsTooLarge() {
    byte[] workbook = firstColumn(3000, (cell, i) -> cell.setCellValue(i + "重复的文本".repeat(200)));
    assertThatThrownBy(() -> read(workbook, new ImportLimits(64 * 1024 * 1024, 10_000, 2000)))
        .isInstanceOf(SheetRefused.class)
        .hasMessage("import.tooLarge");
  }

  @Test
  void aFileOverTheLimitOrNotAWorkbookIsRefused() {
    assertThatThrownBy(() -> read(new byte[2048], new ImportLimits(1024, 10, 10)))
        .isInstanceOf(SheetRefused.class)
        .hasMessage("import.tooLarge");
    assertThatThrownBy(() -> read("not a workbook".getBytes(), LIMITS))
        .isInstanceOf(SheetRefused.class)
        .hasMessage("import.unreadable");
  }
}
