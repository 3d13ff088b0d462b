package kefu.service.cases;

import java.time.LocalDate;

/** The group's working-day calendar as the SLA clock sees it. */
@FunctionalInterface
public interface WorkingDays {
  boolean isWorkingDay(LocalDate day);
}
