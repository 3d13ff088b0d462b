package kefu.registers.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One checklist item as the outgoing person marked it: in order (✓) or not (×), with a note. */
@Embeddable
public class ChecklistMark {

  @Column(name = "item")
  private String item;

  @Column(name = "ok")
  private boolean ok;

  @Column(name = "note")
  private String note;

  protected ChecklistMark() {}

  public ChecklistMark(String item, boolean ok, String note) {
    this.item = item;
    this.ok = ok;
    this.note = note;
  }

  public String getItem() {
    return item;
  }

  public boolean isOk() {
    return ok;
  }

  public String getNote() {
    return note;
  }
}
