package kefu.registers.handover;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.registers.desk.RegisterEntry;

/**
 * The items a store's handovers go through. A new list replaces the old one by being newer; the old
 * one stays as it was, so a handover can always be read against the list of its day.
 */
@Entity
public class HandoverChecklist extends RegisterEntry {

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "handover_checklist_item",
      joinColumns = @JoinColumn(name = "checklist_id"))
  @OrderColumn(name = "line_no")
  @Column(name = "item")
  private List<String> items = new ArrayList<>();

  protected HandoverChecklist() {}

  HandoverChecklist(String storeCode, List<String> items, String setBy, Instant setAt) {
    super(storeCode, setBy, setAt);
    this.items = new ArrayList<>(items);
  }

  @Override
  protected String register() {
    return "handover-checklist";
  }

  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", getStoreCode());
    m.put("items", List.copyOf(items));
    return m;
  }

  public List<String> getItems() {
    return List.copyOf(items);
  }
}
