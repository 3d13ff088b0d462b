package kefu.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kefu.settlement.SettlementStatus;
import kefu.settlement.web.StatementView.Flag;
import kefu.settlement.web.StatementView.IncidentRef;
import kefu.settlement.web.StatementView.Line;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF statement on its own: no Spring, the real font and the real Chinese messages. */
class StatementPdfTest {

  static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  static final String GROUP = "华东零售集团";
  static StatementPdf writer;

  @BeforeAll
  static void loadTheFontOnce() {
    writer =
        new StatementPdf(
            SettlementDownloads.font(SettlementDownloads.LATIN_FONT),
            SettlementDownloads.font(SettlementDownloads.CJK_FONT));
  }

  static StatementView statement() {
    return statement(SettlementStatus.PUBLISHED, "group-cs-2010");
  }

  static StatementView statement(SettlementStatus status, String packId) {
    Line fine =
        new Line(
            packId,
            1,
            "§1",
            "CALLBACK_RECORDING_MISMATCH",
            "回访无录音或录音与数据不符",
            List.of(
                new IncidentRef(12, LocalDate.of(2026, 10, 8), "抽查发现无录音", true),
                IncidentRef.idOnly(15)),
            Money.of("20"),
            Points.ZERO,
            "",
            true,
            null,
            Money.ZERO);
    Line correction =
        new Line(
            null,
            null,
            null,
            "ADJUSTMENT",
            "更正调整",
            List.of(IncidentRef.idOnly(9)),
            Money.of("-10"),
            Points.of("-1"),
            "更正已发布的 2026-09 结算：申诉复核后撤销",
            false,
            YearMonth.of(2026, 9),
            Money.ZERO);
    return new StatementView(
        OCTOBER,
        status,
        "E104",
        "张三丰",
        "S01",
        "一店",
        Money.of("10"),
        Points.of("4.5"),
        Points.of("5.5"),
        List.of(new Flag("VERBAL_WARNING", "口头警告")),
        List.of(fine, correction),
        StatementView.Standing.NONE,
        null);
  }

  @Test
  void aStatementIsAPdfWithTheFontEmbeddedAndTheChineseTextExtractable() throws IOException {
    byte[] pdf = writer.write(statement(), PropertiesTexts.chinese(), GROUP, "2026-11-01 09:00");

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // an embedded TrueType font program, not a reference to a font the reader must have
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).contains("/FontFile2", "DejaVuSans", "DroidSansFallback");
    assertThat(raw).as("no font the reader must supply").doesNotContain("/Helvetica");
    // a subset: the whole 4 MB font is not copied into every statement
    assertThat(pdf.length).isLessThan(200_000);

    // cells wrap long text onto several lines: compare without the white space
    String text = text(pdf).replaceAll("\\s+", "");
    assertThat(text)
        .contains("张三丰", "一店", "2026-10", "§1", "回访无录音或录音与数据不符")
        .contains("#12", "2026-10-08", "抽查发现无录音", "#15", "申诉中")
        .contains("口头警告", "5.5", "2026-11-0109:00", "更正已发布的2026-09结算");
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/statement-sample.pdf"), pdf);
  }

  @Test
  void aStatementWithNothingRecordedSaysSo() throws IOException {
    StatementView quiet =
        new StatementView(
            OCTOBER,
            SettlementStatus.DRAFT,
            "E106",
            null,
            "S01",
            null,
            Money.ZERO,
            Points.ZERO,
            null,
            List.of(),
            List.of(),
            StatementView.Standing.NONE,
            null);
    String text = text(writer.write(quiet, PropertiesTexts.chinese(), GROUP, "2026-11-01 09:00"));
    assertThat(text).contains("E106", "本月没有记录", "草稿").doesNotContain("本月剩余分");
  }

  @Test
  void theStatementNamesTheGroupAtTheTopAndEndsWithASignatureLine() throws IOException {
    String text = text(writer.write(statement(), PropertiesTexts.chinese(), GROUP, "2026-11-01"));
    assertThat(text.strip()).startsWith(GROUP);
    String compact = text.replaceAll("\\s+", "");
    assertThat(compact).contains("员工签字", "主管签字", "日期");
    assertThat(compact.indexOf("员工签字")).isGreaterThan(compact.indexOf("标记"));
    assertThat(text(writer.write(statement(), PropertiesTexts.english(), "Kefu Retail", "x")))
        .contains("Kefu Retail", "Employee signature", "Manager signature", "Date");
  }

  @Test
  void aDraftCarriesTheWatermarkInTheReadersLanguageAndAPublishedOneDoesNot() throws IOException {
    Texts english = PropertiesTexts.english();
    assertThat(
            text(
                writer.write(
                    statement(SettlementStatus.DRAFT, "group-cs-2010"), english, GROUP, "x")))
        .contains("DRAFT");
    assertThat(text(writer.write(statement(), english, GROUP, "x"))).doesNotContain("DRAFT");
    // in Chinese the status cell says 草稿 too: the watermark is the second one
    Texts chinese = PropertiesTexts.chinese();
    String draft =
        text(writer.write(statement(SettlementStatus.DRAFT, "group-cs-2010"), chinese, GROUP, "x"));
    assertThat(draft.split("草稿", -1)).hasSize(3);
    assertThat(text(writer.write(statement(), chinese, GROUP, "x"))).doesNotContain("草稿");
  }

  @Test
  void citationsWrapAtSpacesAndNeverInsideAPackName() throws IOException {
    String pack = "ecommerce-cs-10pt";
    String text =
        text(
            writer.write(
                statement(SettlementStatus.PUBLISHED, pack),
                PropertiesTexts.chinese(),
                GROUP,
                "x"));
    assertThat(text).contains(pack, "2026-10-08");
    assertThat(StatementPdf.WordsKeptWhole.breaksAfter('-')).isFalse();
    assertThat(StatementPdf.WordsKeptWhole.breaksAfter(' ')).isTrue();
    assertThat(StatementPdf.WordsKeptWhole.breaksAfter('录')).isTrue();
    assertThat(StatementPdf.WordsKeptWhole.breaksAfter('，')).isTrue();
  }

  static String text(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        all.append(extractor.getTextFromPage(page)).append('\n');
      }
      return all.toString();
    }
  }
}
