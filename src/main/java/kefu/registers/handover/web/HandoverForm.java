package kefu.registers.handover.web;

import java.util.ArrayList;
import java.util.List;

/** The handover form as typed: the store, the two people, the time and one row per item. */
public class HandoverForm {

  private String storeCode;
  private String outgoingCode;
  private String incomingCode;
  private String at;
  private Long corrects;
  private List<Row> marks = new ArrayList<>();

  /** One checklist row: the item, ✓ ({@code "true"}) or × ({@code "false"}), and a note. */
  public static class Row {
    private String item;
    private String ok;
    private String note;

    public Row() {}

    Row(String item) {
      this.item = item;
    }

    public String getItem() {
      return item;
    }

    public void setItem(String item) {
      this.item = item;
    }

    public String getOk() {
      return ok;
    }

    public void setOk(String ok) {
      this.ok = ok;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }

  public String getOutgoingCode() {
    return outgoingCode;
  }

  public void setOutgoingCode(String outgoingCode) {
    this.outgoingCode = outgoingCode;
  }

  public String getIncomingCode() {
    return incomingCode;
  }

  public void setIncomingCode(String incomingCode) {
    this.incomingCode = incomingCode;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }

  public Long getCorrects() {
    return corrects;
  }

  public void setCorrects(Long corrects) {
    this.corrects = corrects;
  }

  public List<Row> getMarks() {
    return marks;
  }

  public void setMarks(List<Row> marks) {
    this.marks = marks;
  }
}
