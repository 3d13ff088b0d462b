package kefu.registers.handover.web;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kefu.organization.Organization;
import kefu.registers.handover.ChecklistMark;
import kefu.registers.handover.Handover;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A handover as an A4 form for the paper file: the marks as ✓ and ×, what the incoming person and
 * the lead did, and lines where the three sign by hand. The fonts the application ships are
 * embedded (Latin glyphs from DejaVu Sans, Chinese from Droid Sans Fallback), picked per character,
 * so the form prints the same on any machine.
 */
@Component
class HandoverPrint {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final Organization organization;
  private volatile List<BaseFont> fonts;

  HandoverPrint(MessageSource messages, Organization organization) {
    this.messages = messages;
    this.organization = organization;
  }

  byte[] pdf(Handover h, Map<String, String> names) {
    ZoneId zone = organization.zone();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(text("handover.pdf.title") + " " + h.getId());
    doc.open();
    Paragraph title = new Paragraph(phrase(text("handover.pdf.title"), 16, true));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(12);
    doc.add(title);

    PdfPTable head = table(1, 2, 1, 2);
    pair(head, "handover.id", String.valueOf(h.getId()));
    pair(head, "handover.store", h.getStoreCode());
    pair(head, "handover.outgoing", person(h.getOutgoingCode(), names));
    pair(head, "handover.incoming", person(h.getIncomingCode(), names));
    pair(head, "handover.at", at(h.getHandedAt(), zone));
    pair(head, "handover.status", text("handover.status." + h.getStatus()));
    if (h.getCorrectsId() != null) {
      PdfPCell cites = cell(text("handover.corrects", h.getCorrectsId()), false);
      cites.setColspan(4);
      head.addCell(cites);
    }
    head.setSpacingAfter(12);
    doc.add(head);

    PdfPTable marks = table(4, 1, 4);
    marks.setHeaderRows(1);
    for (String key : List.of("handover.item", "handover.ok", "handover.note")) {
      marks.addCell(cell(text(key), true));
    }
    for (ChecklistMark m : h.getItems()) {
      marks.addCell(cell(m.getItem(), false));
      PdfPCell tick = cell(m.isOk() ? "✓" : "×", true);
      tick.setHorizontalAlignment(Element.ALIGN_CENTER);
      marks.addCell(tick);
      marks.addCell(cell(m.getNote(), false));
    }
    marks.setSpacingAfter(12);
    doc.add(marks);

    if (h.getDecidedAt() != null) {
      String done =
          h.getRefusalReason() == null
              ? text("handover.signedBy", at(h.getDecidedAt(), zone))
              : text("handover.refusedAt", at(h.getDecidedAt(), zone))
                  + "  "
                  + text("handover.refusalReason")
                  + ": "
                  + h.getRefusalReason();
      doc.add(new Paragraph(phrase(done, 10, false)));
    }
    if (h.getReviewedBy() != null) {
      String review = text("handover.reviewedBy", h.getReviewedBy(), at(h.getReviewedAt(), zone));
      doc.add(
          new Paragraph(
              phrase(
                  h.getReviewNote() == null ? review : review + ": " + h.getReviewNote(),
                  10,
                  false)));
    }

    PdfPTable signing = table(2, 3);
    signing.setSpacingBefore(28);
    for (String who :
        List.of(
            "handover.pdf.signOutgoing", "handover.pdf.signIncoming", "handover.pdf.signLead")) {
      PdfPCell label = cell(text(who), false);
      label.setBorder(PdfPCell.NO_BORDER);
      signing.addCell(label);
      PdfPCell line = cell(" ", false);
      line.setBorder(PdfPCell.BOTTOM);
      line.setFixedHeight(30);
      signing.addCell(line);
    }
    doc.add(signing);
    Paragraph printed =
        new Paragraph(phrase(text("handover.pdf.generatedAt", at(Instant.now(), zone)), 7, false));
    printed.setSpacingBefore(20);
    doc.add(printed);
    doc.close();
    return out.toByteArray();
  }

  private void pair(PdfPTable table, String labelKey, String value) {
    PdfPCell label = cell(text(labelKey), true);
    label.setBorder(PdfPCell.NO_BORDER);
    PdfPCell content = cell(value, false);
    content.setBorder(PdfPCell.NO_BORDER);
    table.addCell(label);
    table.addCell(content);
  }

  private static PdfPTable table(float... widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    return t;
  }

  private PdfPCell cell(String value, boolean bold) {
    PdfPCell c = new PdfPCell(phrase(value, 10, bold));
    c.setPadding(5);
    return c;
  }

  /** The text set in whichever embedded font has each character's glyph. */
  private Phrase phrase(String value, float size, boolean bold) {
    FontSelector selector = new FontSelector();
    for (BaseFont font : fonts()) {
      selector.addFont(new Font(font, size, bold ? Font.BOLD : Font.NORMAL));
    }
    return value == null || value.isEmpty()
        ? new Phrase(" ", new Font(fonts().get(0), size))
        : selector.process(value);
  }

  /** Read on the first print, not at start-up: the Chinese font alone is 4 MB. */
  private List<BaseFont> fonts() {
    List<BaseFont> loaded = fonts;
    if (loaded == null) {
      synchronized (this) {
        if (fonts == null) {
          fonts = List.of(font("fonts/DejaVuSans.ttf"), font("fonts/DroidSansFallbackFull.ttf"));
        }
        loaded = fonts;
      }
    }
    return loaded;
  }

  private static BaseFont font(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return BaseFont.createFont(
          name,
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String person(String code, Map<String, String> names) {
    String name = names.get(code);
    return name == null ? code : code + " " + name;
  }

  private static String at(Instant instant, ZoneId zone) {
    return instant == null ? "" : MINUTE.format(instant.atZone(zone));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
