package kefu.settlement.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import kefu.platform.PdfFonts;
import kefu.settlement.SettlementStatus;
import kefu.settlement.web.StatementView.IncidentRef;
import kefu.settlement.web.StatementView.Line;

/**
 * Writes one employee's statement as a PDF. The fonts come in as bytes and are embedded (as the
 * subsets of glyphs used), so the file reads the same on any machine whatever fonts it has: a Latin
 * font for letters, digits and symbols, and a CJK font for the Chinese, chosen character by
 * character because the CJK font has no Latin glyphs. Plain Java: no Spring, so it is tested on its
 * own.
 */
final class StatementPdf {

  private static final Color HEADER_FILL = new Color(0xE9, 0xEC, 0xEF);
  private static final Color WARNING = new Color(0xB0, 0x2A, 0x37);

  private final BaseFont latin;
  private final BaseFont cjk;

  /**
   * The TrueType fonts to embed; {@code cjkTtf} needs the Chinese glyphs, e.g. Droid Sans Fallback.
   */
  StatementPdf(FontFile latinTtf, FontFile cjkTtf) {
    latin = embedded(latinTtf);
    cjk = embedded(cjkTtf);
  }

  /** A font program and the name it is embedded under. */
  record FontFile(String name, byte[] ttf) {}

  private static BaseFont embedded(FontFile font) {
    return PdfFonts.embedded(font.name(), font.ttf());
  }

  /** A text style: each piece of text is set in whichever of the two fonts has its glyphs. */
  private final class Style {
    private final FontSelector selector = new FontSelector();
    private final Font first;

    Style(float size, int style, Color color) {
      first = new Font(latin, size, style, color);
      selector.addFont(first);
      selector.addFont(new Font(cjk, size, style, color));
    }

    /**
     * The phrase itself carries the Latin font too: paragraphs and spacing take the phrase's font,
     * and without it the PDF would name Helvetica, a font it does not embed.
     */
    Phrase phrase(String text) {
      Phrase phrase = new Phrase("", first);
      if (text != null && !text.isEmpty()) {
        for (Element piece : selector.process(text)) {
          if (piece instanceof Chunk chunk) {
            chunk.setSplitCharacter(WordsKeptWhole.INSTANCE);
          }
          phrase.add(piece);
        }
      }
      return phrase;
    }
  }

  /**
   * Lines wrap at white space and between Chinese characters, never inside a word: a citation such
   * as {@code group-cs-2010 v1 §1} or a date keeps its hyphens (where the default would break).
   */
  static final class WordsKeptWhole extends DefaultSplitCharacter {
    static final WordsKeptWhole INSTANCE = new WordsKeptWhole();

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      return breaksAfter(getCurrentCharacter(current, cc, ck));
    }

    static boolean breaksAfter(char c) {
      if (Character.isWhitespace(c)) {
        return true;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HAN
          || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
          || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
  }

  /**
   * The statement as a PDF: {@code groupName} heads it, a signature line for the employee and the
   * manager closes it, and a draft carries a diagonal watermark in the reader's language.
   */
  byte[] write(StatementView s, Texts texts, String groupName, String generatedAt) {
    Style title = new Style(16, Font.BOLD, Color.BLACK);
    Style normal = new Style(9, Font.NORMAL, Color.BLACK);
    Style bold = new Style(9, Font.BOLD, Color.BLACK);
    Style small = new Style(7, Font.NORMAL, Color.DARK_GRAY);
    Style alert = new Style(9, Font.BOLD, WARNING);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter pages = PdfWriter.getInstance(document, out);
    if (s.status() == SettlementStatus.DRAFT) {
      pages.setPageEvent(new Watermark(texts.get("settlement.pdf.watermark")));
    }
    document.addTitle(texts.get("settlement.pdf.title", s.month().toString()));
    document.addCreator(texts.get("app.fullName"));
    document.open();

    Paragraph group = new Paragraph(bold.phrase(groupName));
    group.setAlignment(Element.ALIGN_CENTER);
    document.add(group);
    Paragraph heading =
        new Paragraph(title.phrase(texts.get("settlement.pdf.title", s.month().toString())));
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(10);
    document.add(heading);

    PdfPTable who = new PdfPTable(new float[] {1, 3, 1, 3});
    who.setWidthPercentage(100);
    who.addCell(plain(texts.get("settlement.col.employee"), bold));
    who.addCell(plain(joined(s.employeeCode(), s.employeeName()), normal));
    who.addCell(plain(texts.get("settlement.col.store"), bold));
    who.addCell(plain(joined(s.storeCode(), s.storeName()), normal));
    who.addCell(plain(texts.get("settlement.col.month"), bold));
    who.addCell(plain(s.month().toString(), normal));
    who.addCell(plain(texts.get("settlement.col.status"), bold));
    who.addCell(plain(texts.get("settlement.status." + s.status()), normal));
    who.setSpacingAfter(10);
    document.add(who);

    PdfPTable lines = new PdfPTable(lineColumnWidths());
    lines.setWidthPercentage(100);
    lines.setHeaderRows(1);
    for (String key :
        List.of(
            "settlement.col.clause",
            "settlement.col.type",
            "settlement.col.incidents",
            "settlement.col.fine",
            "settlement.col.points",
            "settlement.col.note")) {
      PdfPCell cell = cell(texts.get(key), bold);
      cell.setBackgroundColor(HEADER_FILL);
      lines.addCell(cell);
    }
    for (Line line : s.lines()) {
      lines.addCell(cell(clause(line), normal));
      lines.addCell(cell(line.typeLabel(), normal));
      lines.addCell(cell(incidents(line, texts), small));
      lines.addCell(number(line.fine().toString(), normal));
      lines.addCell(number(line.points().toString(), normal));
      Phrase note = normal.phrase(line.explanation());
      if (line.appealPending()) {
        note.add(alert.phrase(" " + texts.get("settlement.appealPending")));
      }
      lines.addCell(new PdfPCell(note));
    }
    if (s.lines().isEmpty()) {
      PdfPCell none = cell(texts.get("settlement.noLines"), normal);
      none.setColspan(lines.getNumberOfColumns());
      lines.addCell(none);
    }
    PdfPCell totalLabel = cell(texts.get("settlement.total"), bold);
    totalLabel.setColspan(3);
    lines.addCell(totalLabel);
    lines.addCell(number(s.fineTotal().toString(), bold));
    lines.addCell(number(s.pointsDeducted().toString(), bold));
    lines.addCell(cell("", normal));
    lines.setSpacingAfter(10);
    document.add(lines);

    if (s.pointsRemaining() != null) {
      document.add(
          new Paragraph(
              bold.phrase(texts.get("settlement.pdf.remaining", s.pointsRemaining().toString()))));
    }
    String flags =
        s.flags().isEmpty()
            ? texts.get("settlement.flags.none")
            : s.flags().stream().map(StatementView.Flag::label).collect(Collectors.joining("、"));
    document.add(
        new Paragraph(
            (s.flags().isEmpty() ? normal : alert)
                .phrase(texts.get("settlement.pdf.flags", flags))));
    standing(document, s.standing(), texts, bold, alert);
    if (s.pay() != null) {
      document.add(pay(s, texts, normal, bold));
    }
    document.add(signatures(texts, normal));
    Paragraph footer =
        new Paragraph(small.phrase(texts.get("settlement.pdf.generatedAt", generatedAt)));
    footer.setSpacingBefore(16);
    document.add(footer);
    document.close();
    return out.toByteArray();
  }

  /** The score with its ranks and flags, when the month has one. */
  private static void standing(
      Document document, StatementView.Standing st, Texts texts, Style bold, Style alert) {
    if (st.score() == null && st.flags().isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder(
            st.score() == null
                ? texts.get("settlement.score.none")
                : texts.get("settlement.score.title")
                    + " "
                    + texts.get("settlement.score", st.score().toPlainString()));
    if (st.rankInStore() != null) {
      text.append("  ").append(texts.get("settlement.rankInStore", st.rankInStore()));
    }
    if (st.rankInGroup() != null) {
      text.append("  ").append(texts.get("settlement.rankInGroup", st.rankInGroup()));
    }
    document.add(new Paragraph(bold.phrase(text.toString())));
    if (!st.flags().isEmpty()) {
      document.add(
          new Paragraph(
              alert.phrase(
                  st.flags().stream()
                      .map(StatementView.Flag::label)
                      .collect(Collectors.joining("、")))));
    }
  }

  /** The pay: each part citing its clause, the rewards, the fines and the net. */
  private static PdfPTable pay(StatementView s, Texts texts, Style normal, Style bold) {
    StatementView.PayView p = s.pay();
    PdfPTable table = new PdfPTable(new float[] {2, 1, 3, 2, 4});
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    PdfPCell title = cell(texts.get("settlement.pay.title"), bold);
    title.setColspan(5);
    title.setBackgroundColor(HEADER_FILL);
    table.addCell(title);
    for (StatementView.PayLine l : p.lines()) {
      table.addCell(cell(l.part(), normal));
      table.addCell(cell(l.clause() == null ? "" : l.clause(), normal));
      table.addCell(cell(l.typeLabel(), normal));
      table.addCell(number(l.amount().toString(), normal));
      table.addCell(cell(l.explanation() == null ? "" : l.explanation(), normal));
    }
    for (Line l : s.lines()) {
      if (l.earning().amount().signum() > 0) {
        table.addCell(cell(texts.get("settlement.pay.part.REWARD"), normal));
        table.addCell(cell(l.clause() == null ? "" : l.clause(), normal));
        table.addCell(cell(l.typeLabel(), normal));
        table.addCell(number(l.earning().toString(), normal));
        table.addCell(cell(l.explanation() == null ? "" : l.explanation(), normal));
      }
    }
    for (String[] total :
        new String[][] {
          {"settlement.pay.part.REWARD", p.rewards().toString()},
          {"settlement.pay.fines", p.fines().toString()},
          {"settlement.pay.net", p.net().toString()}
        }) {
      PdfPCell label = cell(texts.get(total[0]), bold);
      label.setColspan(3);
      table.addCell(label);
      table.addCell(number(total[1], bold));
      table.addCell(cell("", normal));
    }
    return table;
  }

  /** Where the employee and their manager sign and date the statement. */
  private static PdfPTable signatures(Texts texts, Style font) {
    PdfPTable table = new PdfPTable(signatureColumnWidths());
    table.setWidthPercentage(100);
    table.setSpacingBefore(24);
    for (String who : List.of("settlement.pdf.signEmployee", "settlement.pdf.signManager")) {
      table.addCell(plain(texts.get(who), font));
      table.addCell(signingSpace(font));
      table.addCell(plain(texts.get("settlement.pdf.signDate"), font));
      table.addCell(signingSpace(font));
    }
    return table;
  }

  private static PdfPCell signingSpace(Style font) {
    PdfPCell c = new PdfPCell(font.phrase(" "));
    c.setBorder(PdfPCell.BOTTOM);
    c.setMinimumHeight(signingHeight());
    return c;
  }

  /** A diagonal word across every page of a draft, under the text, so it never hides a figure. */
  private final class Watermark extends PdfPageEventHelper {
    private final String word;

    Watermark(String word) {
      this.word = word;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      BaseFont font = word.chars().allMatch(latin::charExists) ? latin : cjk;
      PdfContentByte under = writer.getDirectContentUnder();
      PdfGState faint = new PdfGState();
      faint.setFillOpacity(watermarkOpacity());
      under.saveState();
      under.setGState(faint);
      under.setColorFill(Color.GRAY);
      under.beginText();
      under.setFontAndSize(font, watermarkSize());
      Rectangle page = document.getPageSize();
      under.showTextAligned(
          Element.ALIGN_CENTER, word, page.getWidth() / 2, page.getHeight() / 2, 45);
      under.endText();
      under.restoreState();
    }
  }

  private static float watermarkOpacity() {
    return 0.12f;
  }

  private static float watermarkSize() {
    return 96f;
  }

  private static float signingHeight() {
    return 28f;
  }

  /** Relative widths of label, signature, date label and date. */
  private static float[] signatureColumnWidths() {
    return new float[] {1.4f, 3f, 0.8f, 2f};
  }

  /**
   * Relative widths of clause, type, incidents, fine, points and note (OpenPDF takes floats; a
   * method rather than a constant keeps floating point out of the fields, where the house rules
   * forbid it).
   */
  private static float[] lineColumnWidths() {
    return new float[] {2.4f, 2.4f, 2.3f, 1.1f, 0.9f, 2.6f};
  }

  private static String clause(Line line) {
    return line.adjustment()
        ? line.correctedMonth() == null ? "" : line.correctedMonth().toString()
        : line.pack() + "\n" + (line.clause() == null ? "" : line.clause());
  }

  private static String incidents(Line line, Texts texts) {
    return line.incidents().stream()
        .map(
            (IncidentRef i) ->
                i.visible()
                    ? texts.get(
                        "settlement.pdf.incident",
                        String.valueOf(i.id()),
                        String.valueOf(i.occurredOn()),
                        i.note() == null ? "" : i.note())
                    : "#" + i.id())
        .collect(Collectors.joining("\n"));
  }

  private static String joined(String code, String name) {
    if (code == null) {
      return "";
    }
    return name == null ? code : code + " " + name;
  }

  private static PdfPCell plain(String text, Style font) {
    PdfPCell c = cell(text, font);
    c.setBorder(PdfPCell.NO_BORDER);
    return c;
  }

  private static PdfPCell cell(String text, Style font) {
    PdfPCell c = new PdfPCell(font.phrase(text));
    c.setPadding(4);
    return c;
  }

  private static PdfPCell number(String text, Style font) {
    PdfPCell c = cell(text, font);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }
}
