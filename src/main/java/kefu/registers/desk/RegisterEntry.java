package kefu.registers.desk;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * What every front-desk register entry is: a row of a store, recorded by someone at a moment, never
 * rewritten; each later step (a signature, a report, a claim) is a method of the entry that records
 * the values before and after as a {@link RegisterEntryChanged}, published when the entry is saved
 * (the audit log listens). A new entry announces itself on its first save, when it has its id.
 */
@MappedSuperclass
public abstract class RegisterEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String storeCode;
  private String recordedBy;
  private Instant recordedAt;

  @Version private long version;

  @Transient private boolean justRecorded;
  @Transient private final List<RegisterEntryChanged> events = new ArrayList<>();

  protected RegisterEntry() {}

  protected RegisterEntry(String storeCode, String recordedBy, Instant recordedAt) {
    this.storeCode = storeCode;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.justRecorded = true;
  }

  /** The name the audit log files this register's entries under. */
  protected abstract String register();

  /** The entry's values as the audit log shows them before and after a step. */
  protected abstract Map<String, Object> snapshot();

  /**
   * Applies one step to the entry and registers it, named {@code change}, with before and after.
   */
  protected final void step(String change, String by, Instant at, Runnable apply) {
    Map<String, Object> before = snapshot();
    apply.run();
    events.add(new RegisterEntryChanged(register(), id, change, before, snapshot(), by, at));
  }

  @DomainEvents
  public List<RegisterEntryChanged> domainEvents() {
    List<RegisterEntryChanged> out = new ArrayList<>();
    if (justRecorded) {
      out.add(
          new RegisterEntryChanged(
              register(), id, "RECORDED", null, snapshot(), recordedBy, recordedAt));
    }
    out.addAll(events);
    return out;
  }

  @AfterDomainEventPublication
  public void clearDomainEvents() {
    justRecorded = false;
    events.clear();
  }

  public Long getId() {
    return id;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
