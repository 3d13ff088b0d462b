package kefu.settlement.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
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
    try {
      return BaseFont.createFont(
          font.name(),
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED,
          font.ttf(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        phrase.addAll(selector.process(text));
      }
      return phrase;
    }
  }

  byte[] write(StatementView s, Texts texts, String generatedAt) {
    Style title = new Style(16, Font.BOLD, Color.BLACK);
    Style normal = new Style(9, Font.NORMAL, Color.BLACK);
    Style bold = new Style(9, Font.BOLD, Color.BLACK);
    Style small = new Style(7, Font.NORMAL, Color.DARK_GRAY);
    Style alert = new Style(9, Font.BOLD, WARNING);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter.getInstance(document, out);
    document.addTitle(texts.get("settlement.pdf.title", s.month().toString()));
    document.addCreator(texts.get("app.fullName"));
    document.open();

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
    Paragraph footer =
        new Paragraph(small.phrase(texts.get("settlement.pdf.generatedAt", generatedAt)));
    footer.setSpacingBefore(16);
    document.add(footer);
    document.close();
    return out.toByteArray();
  }

  /**
   * Relative widths of clause, type, incidents, fine, points and note (OpenPDF takes floats; a
   * method rather than a constant keeps floating point out of the fields, where the house rules
   * forbid it).
   */
  private static float[] lineColumnWidths() {
    return new float[] {1.9f, 2.6f, 2.4f, 1.1f, 0.9f, 2.8f};
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
