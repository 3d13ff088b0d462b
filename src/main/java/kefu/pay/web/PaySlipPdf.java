package kefu.pay.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import kefu.platform.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * Writes one pay slip as an A4 PDF with its fonts embedded ({@link PdfFonts}), so it prints the
 * same on any machine.
 */
@Component
class PaySlipPdf {

  byte[] write(PaySlips.SlipView slip, PaySlips texts, String groupName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    PdfWriter.getInstance(document, out);
    String title = texts.text("pay.slip.title", slip.month().toString());
    document.addTitle(title);
    document.open();
    document.add(centered(groupName, 10, true));
    document.add(centered(title, 15, true));
    document.add(
        new Paragraph(
            text(
                texts.text(
                    "pay.slip.who",
                    slip.employeeCode(),
                    slip.employeeName(),
                    slip.storeCode(),
                    texts.text("settlement.status." + slip.status())),
                9,
                false)));
    PdfPTable table = new PdfPTable(new float[] {2.2f, 2.6f, 2.4f, 1.6f, 4.2f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    for (String key :
        List.of(
            "pay.slip.kind",
            "pay.slip.type",
            "pay.slip.clause",
            "pay.slip.amount",
            "pay.slip.note")) {
      table.addCell(cell(texts.text(key), true, Element.ALIGN_LEFT));
    }
    for (PaySlips.LineView l : slip.lines()) {
      table.addCell(cell(texts.text("pay.kind." + l.kind()), false, Element.ALIGN_LEFT));
      table.addCell(cell(l.type(), false, Element.ALIGN_LEFT));
      table.addCell(cell(l.citation(), false, Element.ALIGN_LEFT));
      table.addCell(cell(amount(l.signed()), false, Element.ALIGN_RIGHT));
      table.addCell(cell(l.note(), false, Element.ALIGN_LEFT));
    }
    document.add(table);
    PdfPTable totals = new PdfPTable(2);
    totals.setWidthPercentage(50);
    totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
    totals.setSpacingBefore(8);
    total(totals, texts.text("pay.base"), slip.slip().base().amount(), false);
    total(totals, texts.text("pay.allowances"), slip.slip().allowances().amount(), false);
    total(totals, texts.text("pay.commission"), slip.slip().commission().amount(), false);
    total(totals, texts.text("pay.rewards"), slip.slip().rewards().amount(), false);
    total(totals, texts.text("pay.fines"), slip.slip().fines().amount().negate(), false);
    total(totals, texts.text("pay.net"), slip.slip().net().amount(), true);
    document.add(totals);
    document.close();
    return out.toByteArray();
  }

  private void total(PdfPTable table, String label, BigDecimal value, boolean bold) {
    table.addCell(cell(label, bold, Element.ALIGN_LEFT));
    table.addCell(cell(amount(value), bold, Element.ALIGN_RIGHT));
  }

  private static String amount(BigDecimal value) {
    return value.setScale(2).toPlainString();
  }

  private PdfPCell cell(String value, boolean bold, int align) {
    PdfPCell cell = new PdfPCell(text(value, 9, bold));
    cell.setPadding(4);
    cell.setHorizontalAlignment(align);
    return cell;
  }

  private Paragraph centered(String value, float size, boolean bold) {
    Paragraph p = new Paragraph(text(value, size, bold));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(6);
    return p;
  }

  private static Phrase text(String value, float size, boolean bold) {
    return PdfFonts.phrase(value, size, bold ? Font.BOLD : Font.NORMAL);
  }
}
