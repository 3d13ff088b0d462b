package kefu.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

/** The group's name and time zone; there is exactly one row. */
@Entity
@Table(name = "group_settings")
public class GroupSettings {

  static final int SINGLETON = 1;

  @Id private Integer id;
  private String name;
  private String timeZone;
  @Version private long version;

  protected GroupSettings() {}

  GroupSettings(String name, ZoneId zone) {
    this.id = SINGLETON;
    this.name = name;
    this.timeZone = zone.getId();
  }

  void change(String name, ZoneId zone) {
    this.name = name;
    this.timeZone = zone.getId();
  }

  public String getName() {
    return name;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public String getTimeZone() {
    return timeZone;
  }
}
