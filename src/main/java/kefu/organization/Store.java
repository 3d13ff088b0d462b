package kefu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A store (门店) of the group; its CS department is what Kefu manages. A head office (集团总部) is kept
 * as a unit of the same kind, so group staff have a post somewhere other than a store; it is marked
 * as such, and the month close settles only its CS-department posts.
 */
@Entity
public class Store {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private boolean headOffice;
  @Version private long version;

  protected Store() {}

  public Store(String code, String name) {
    this.code = code;
    this.name = name;
  }

  static Store headOffice(String code, String name) {
    Store s = new Store(code, name);
    s.headOffice = true;
    return s;
  }

  /** Whether this unit is the group's head office rather than a store. */
  public boolean isHeadOffice() {
    return headOffice;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  void rename(String name) {
    this.name = name;
  }
}
