package kefu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.audit.AuditEntry;
import kefu.audit.AuditLog;
import kefu.platform.GroupZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The audit page reads like a history, not a table dump: the time in the group's zone, the object
 * by its kind and name in the reader's language, and only the fields that changed, old → new.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditPageTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired AuditLog log;
  @Autowired GroupZone zone;

  @Test
  void aChangedEmployeeShowsItsNameTheZonedTimeAndOnlyTheChangedFieldsInEitherLanguage()
      throws Exception {
    String code = "AU" + System.nanoTime() % 100000 + SEQ.incrementAndGet();
    Map<String, String> form =
        new java.util.HashMap<>(
            Map.of(
                "code", code,
                "name", "孙八",
                "storeCode", "S01",
                "position", "CS_AGENT",
                "level", "JUNIOR",
                "hiredOn", "2026-01-05",
                "baseSalary", "3000.00",
                "phone", "13800000001"));
    send(post("/employees"), form);
    form.put("name", "孙九");
    form.put("phone", "13800000002");
    send(post("/employees/" + code), form);

    List<AuditEntry> entries = log.forEntity("employee", code);
    assertThat(entries).hasSize(2);
    AuditEntry change = entries.get(0);
    String page =
        mvc.perform(
                get("/admin/audit")
                    .param("entityType", "employee")
                    .param("entityId", code)
                    .with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String row = row(page, change.id());
    assertThat(row)
        .contains("员工 " + code + " 孙九")
        .contains(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(change.occurredAt().atZone(zone.zone())))
        .contains("姓名", "<del class=\"text-muted\">孙八</del>", "<ins>孙九</ins>")
        .contains("联系电话", "13800000001", "13800000002")
        .doesNotContain("基本工资", "入职日期", "&quot;", "{\"");

    String english =
        mvc.perform(
                get("/admin/audit")
                    .param("entityType", "employee")
                    .param("entityId", code)
                    .param("lang", "en")
                    .with(ADMIN))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(row(english, change.id())).contains("Employee " + code + " 孙九", "Name");
    // the creation lists every value it set, with no old value
    assertThat(row(page, entries.get(1).id()))
        .contains("薪级与基本工资", "3000.00")
        .doesNotContain("<del");
  }

  private void send(MockHttpServletRequestBuilder request, Map<String, String> form)
      throws Exception {
    form.forEach(request::param);
    mvc.perform(request.with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
  }

  private static String row(String page, long id) {
    int start = page.indexOf("id=\"audit-" + id + "\"");
    assertThat(start).as("row of entry " + id).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
