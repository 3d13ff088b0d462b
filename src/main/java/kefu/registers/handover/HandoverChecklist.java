package kefu.registers.handover;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.DomainEvents;

/**
 * The items a store's handovers go through. A new list replaces the old one by being newer; the old
 * one stays as it was, so a handover can always be read against the list of its day.
 */
@Entity
public class HandoverChecklist {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String storeCode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "handover_checklist_item",
      joinColumns = @JoinColumn(name = "checklist_id"))
  @OrderColumn(name = "line_no")
  @Column(name = "item")
  private List<String> items = new ArrayList<>();

  private String setBy;
  private Instant setAt;

  @Transient private boolean justSet;

  protected HandoverChecklist() {}

  HandoverChecklist(String storeCode, List<String> items, String setBy, Instant setAt) {
    this.storeCode = storeCode;
    this.items = new ArrayList<>(items);
    this.setBy = setBy;
    this.setAt = setAt;
    this.justSet = true;
  }

  @DomainEvents
  List<Object> domainEvents() {
    return justSet
        ? List.of(
            new ChecklistSet(id, Map.of("storeCode", storeCode, "items", items), setBy, setAt))
        : List.of();
  }

  public Long getId() {
    return id;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public List<String> getItems() {
    return List.copyOf(items);
  }

  public String getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }
}
