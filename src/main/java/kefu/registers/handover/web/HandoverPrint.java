package kefu.registers.handover.web;

import java.util.List;
import java.util.Map;
import kefu.registers.RegisterPrint;
import kefu.registers.handover.ChecklistMark;
import kefu.registers.handover.Handover;
import org.springframework.stereotype.Component;

/**
 * A handover as an A4 form for the paper file: the marks as ✓ and ×, what the incoming person and
 * the lead did, and lines where the three sign by hand.
 */
@Component
class HandoverPrint {

  private final RegisterPrint print;

  HandoverPrint(RegisterPrint print) {
    this.print = print;
  }

  byte[] pdf(Handover h, Map<String, String> names) {
    return print.form(
        "handover.pdf.title",
        h.getId(),
        form -> {
          form.pairs(
              "handover.id", String.valueOf(h.getId()),
              "handover.store", h.getStoreCode(),
              "handover.outgoing", RegisterPrint.person(h.getOutgoingCode(), names),
              "handover.incoming", RegisterPrint.person(h.getIncomingCode(), names),
              "handover.at", form.at(h.getHandedAt()),
              "handover.status", form.text("handover.status." + h.getStatus()));
          if (h.getCorrectsId() != null) {
            form.line(form.text("handover.corrects", h.getCorrectsId()));
          }
          form.table(
              List.of("handover.item", "handover.ok", "handover.note"),
              new float[] {4, 1, 4},
              h.getItems().stream().map(HandoverPrint::row).toList());
          if (h.getDecidedAt() != null) {
            form.line(
                h.getRefusalReason() == null
                    ? form.text("handover.signedBy", form.at(h.getDecidedAt()))
                    : form.text("handover.refusedAt", form.at(h.getDecidedAt()))
                        + "  "
                        + form.text("handover.refusalReason")
                        + ": "
                        + h.getRefusalReason());
          }
          if (h.getReviewedBy() != null) {
            String review =
                form.text("handover.reviewedBy", h.getReviewedBy(), form.at(h.getReviewedAt()));
            form.line(h.getReviewNote() == null ? review : review + ": " + h.getReviewNote());
          }
          form.signatures(
              "handover.pdf.signOutgoing", "handover.pdf.signIncoming", "handover.pdf.signLead");
        });
  }

  private static List<String> row(ChecklistMark m) {
    return List.of(m.getItem(), m.isOk() ? "✓" : "×", m.getNote() == null ? "" : m.getNote());
  }
}
