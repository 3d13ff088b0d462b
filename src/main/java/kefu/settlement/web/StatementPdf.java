package kefu.settlement.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
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
 * Writes one employee's statement as a PDF. The CJK font comes in as bytes and is embedded (as the
 * subset of glyphs used), so the file reads the same on any machine whatever fonts it has. Plain
 * Java: no Spring, so it is tested on its own.
 */
final class StatementPdf {

  /** Relative widths: clause, type, incidents, fine, points, note. */
  private static final float[] LINE_COLUMNS = {1.4f, 2.6f, 2.2f, 1.1f, 1.0f, 3.2f};

  private static final Color HEADER_FILL = new Color(0xE9, 0xEC, 0xEF);
  private static final Color WARNING = new Color(0xB0, 0x2A, 0x37);

  private final BaseFont baseFont;

  /** {@code ttf} is a TrueType font with the CJK glyphs, e.g. Droid Sans Fallback. */
  StatementPdf(String fontName, byte[] ttf) {
    try {
      baseFont =
          BaseFont.createFont(
              fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] write(StatementView s, Texts texts, String generatedAt) {
    Font title = new Font(baseFont, 16, Font.BOLD);
    Font normal = new Font(baseFont, 9);
    Font bold = new Font(baseFont, 9, Font.BOLD);
    Font small = new Font(baseFont, 7, Font.NORMAL, Color.DARK_GRAY);
    Font alert = new Font(baseFont, 9, Font.BOLD, WARNING);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter.getInstance(document, out);
    document.addTitle(texts.get("settlement.pdf.title", s.month().toString()));
    document.addCreator(texts.get("app.fullName"));
    document.open();

    Paragraph heading =
        new Paragraph(texts.get("settlement.pdf.title", s.month().toString()), title);
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

    PdfPTable lines = new PdfPTable(LINE_COLUMNS);
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
      Phrase note = new Phrase(line.explanation() == null ? "" : line.explanation(), normal);
      if (line.appealPending()) {
        note.add(new Chunk(" " + texts.get("settlement.appealPending"), alert));
      }
      lines.addCell(new PdfPCell(note));
    }
    if (s.lines().isEmpty()) {
      PdfPCell none = cell(texts.get("settlement.noLines"), normal);
      none.setColspan(LINE_COLUMNS.length);
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
              texts.get("settlement.pdf.remaining", s.pointsRemaining().toString()), bold));
    }
    String flags =
        s.flags().isEmpty()
            ? texts.get("settlement.flags.none")
            : s.flags().stream().map(StatementView.Flag::label).collect(Collectors.joining("、"));
    document.add(
        new Paragraph(
            texts.get("settlement.pdf.flags", flags), s.flags().isEmpty() ? normal : alert));
    Paragraph footer = new Paragraph(texts.get("settlement.pdf.generatedAt", generatedAt), small);
    footer.setSpacingBefore(16);
    document.add(footer);
    document.close();
    return out.toByteArray();
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

  private static PdfPCell plain(String text, Font font) {
    PdfPCell c = cell(text, font);
    c.setBorder(PdfPCell.NO_BORDER);
    return c;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
    c.setPadding(4);
    return c;
  }

  private static PdfPCell number(String text, Font font) {
    PdfPCell c = cell(text, font);
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }
}
