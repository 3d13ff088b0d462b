package kefu.registers.reservations;

import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Reservations: a due date, the overdue list, closed once; the customer's phone shown masked. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ReservationsScenario {

  @Autowired MockMvc mvc;

  long reserved(String reservedOn, String dueOn) throws Exception {
    String answer =
        body(
            mvc.perform(
                    json(
                        post("/api/v1/reservations"),
                        S01_CS,
                        """
                        {"storeCode":"S01","customerName":"陈先生","customerPhone":"13812345678",
                         "product":"冬季外套 L","reservedOn":"%s","dueOn":"%s"}"""
                            .formatted(reservedOn, dueOn)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerPhone").value("138****5678")));
    return ((Number) JsonPath.read(answer, "$.id")).longValue();
  }

  List<Integer> overdue() throws Exception {
    return JsonPath.read(
        body(mvc.perform(get("/api/v1/reservations/overdue?storeCode=S01").with(S01_CS))),
        "$[*].id");
  }

  @Test
  void anOpenReservationPastItsDueDateIsOverdueUntilCollectedOnce() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    long late = reserved(today.minusDays(10).toString(), today.minusDays(3).toString());
    long due = reserved(today.toString(), today.plusDays(2).toString());

    assertThat(overdue()).contains((int) late).doesNotContain((int) due);
    mvc.perform(post("/api/v1/reservations/" + late + "/collection").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COLLECTED"));
    assertThat(overdue()).doesNotContain((int) late);
    mvc.perform(post("/api/v1/reservations/" + late + "/collection").with(S01_CS))
        .andExpect(status().isConflict());
  }

  @Test
  void aCancellationNeedsAReasonAndADueDateMayNotPrecedeTheReservation() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    long id = reserved(today.toString(), today.plusDays(1).toString());

    mvc.perform(json(post("/api/v1/reservations/" + id + "/cancellation"), S01_CS, "{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            json(
                post("/api/v1/reservations/" + id + "/cancellation"),
                S01_CS,
                "{\"reason\":\"顾客改主意\"}"))
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    mvc.perform(
            json(
                post("/api/v1/reservations"),
                S01_CS,
                "{\"storeCode\":\"S01\",\"customerName\":\"陈\",\"product\":\"鞋\",\"reservedOn\":\"2026-05-02\",\"dueOn\":\"2026-05-01\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("dueOn"));
    mvc.perform(
            json(
                post("/api/v1/reservations"),
                STAFF,
                "{\"storeCode\":\"S01\",\"customerName\":\"陈\",\"product\":\"鞋\",\"dueOn\":\"2026-05-01\"}"))
        .andExpect(status().isForbidden());
    reserved(today.toString(), today.plusDays(5).toString());
    mvc.perform(get("/reservations").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("138****5678")));
  }
}
