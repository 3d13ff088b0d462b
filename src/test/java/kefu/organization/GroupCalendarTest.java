package kefu.organization;

import static kefu.Web.ADMIN;
import static kefu.Web.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The group settings page and the working-day calendar that SLA timers count with. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GroupCalendarTest {

  @Autowired MockMvc mvc;
  @Autowired GroupCalendar calendar;

  @Test
  void holidaysAndWorkedWeekendsShapeTheWorkingDays() throws Exception {
    // National Day week 2026: Thursday 1 October is a holiday, Saturday 10 October is worked
    mvc.perform(form(post("/admin/holidays"), ADMIN, "day=2026-10-01&name=国庆节"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(form(post("/admin/holidays"), ADMIN, "day=2026-10-10&workingDay=true&name=调休上班"))
        .andExpect(status().is3xxRedirection());

    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-02"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-04"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
    // from Wednesday 30 September, 3 working days: Fri 2, Mon 5, Tue 6
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 3)).isEqualTo("2026-10-06");
    mvc.perform(get("/admin/settings").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("国庆节")));
  }

  @Test
  void theGroupZoneCanBeChangedButNotToNonsense() throws Exception {
    mvc.perform(form(post("/admin/settings"), ADMIN, "name=演示集团&timeZone=Mars/Base"))
        .andExpect(status().is3xxRedirection());
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    mvc.perform(form(post("/admin/settings"), ADMIN, "name=演示集团&timeZone=Asia/Hong_Kong"))
        .andExpect(status().is3xxRedirection());
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
    assertThat(calendar.settings().getName()).isEqualTo("演示集团");
    // the test context is shared with other classes: put the demo zone back
    calendar.change(new AccessScope("admin", Role.ADMIN, null, null), "演示集团", "Asia/Shanghai");
  }
}
