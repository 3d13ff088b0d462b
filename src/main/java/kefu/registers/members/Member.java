package kefu.registers.members;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.registers.desk.RegisterEntry;
import kefu.shared.PhoneNumbers;

/**
 * A member's file at a store: number, name, phone (shown masked), the day they joined, and the
 * callbacks made to them, each added and never changed. A wrong file is corrected by a new one that
 * cites it.
 */
@Entity
@Table(name = "member_file")
public class Member extends RegisterEntry {

  static final String AUDITED_AS = "member";

  private String memberNo;
  private String name;
  private String phone;
  private LocalDate joinedOn;
  private Long correctsId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_callback", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "line_no")
  private List<MemberCallback> callbacks = new ArrayList<>();

  protected Member() {}

  @Override
  protected String register() {
    return AUDITED_AS;
  }

  Member(
      String storeCode,
      String memberNo,
      String name,
      String phone,
      LocalDate joinedOn,
      Long correctsId,
      String recordedBy,
      Instant recordedAt) {
    super(storeCode, recordedBy, recordedAt);
    this.memberNo = memberNo;
    this.name = name;
    this.phone = phone;
    this.joinedOn = joinedOn;
    this.correctsId = correctsId;
  }

  /** A callback to the member, added to the file. */
  void calledBack(MemberCallback callback, String by, Instant at) {
    step("CALLED_BACK", by, at, () -> callbacks.add(callback));
  }

  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", getStoreCode());
    m.put("memberNo", memberNo);
    m.put("name", name);
    m.put("phone", PhoneNumbers.mask(phone));
    m.put("joinedOn", String.valueOf(joinedOn));
    m.put("correctsId", correctsId);
    m.put("callbacks", callbacks.size());
    return m;
  }

  public String getMemberNo() {
    return memberNo;
  }

  public String getName() {
    return name;
  }

  /** The phone as kept; show it through {@link PhoneNumbers#mask}. */
  public String getPhone() {
    return phone;
  }

  public String getMaskedPhone() {
    return PhoneNumbers.mask(phone);
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public List<MemberCallback> getCallbacks() {
    return List.copyOf(callbacks);
  }
}
