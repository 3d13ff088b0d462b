package kefu.platform;

import java.time.ZoneId;

/** The group's time zone, in which "today" and "this month" are meant. */
public interface GroupZone {
  ZoneId zone();
}
