package kefu.service.calls;

import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.Web;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Call imports over the API on whichever database the subclass starts: a CSV and an xlsx land in
 * the daily report against the pack's target; a file with one bad row writes nothing and names the
 * line.
 */
abstract class CallImportScenario {

  /** A day of November 2026 of its own for each test. */
  static final AtomicInteger DAY = new AtomicInteger();

  static final String HEADER = "agentCode,start,durationSeconds,direction,customerNumber,outcome\n";

  @Autowired MockMvc mvc;

  static String day() {
    return String.format("2026-11-%02d", 1 + DAY.getAndIncrement() % 28);
  }

  long upload(String name, byte[] content, RequestPostProcessor who) throws Exception {
    String body =
        Web.body(
            mvc.perform(
                    multipart("/api/v1/calls/imports")
                        .file(new MockMultipartFile("file", name, null, content))
                        .with(who))
                .andExpect(status().isAccepted()));
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  @Test
  void a_csv_import_counts_outbound_calls_per_seat_against_the_target() throws Exception {
    String d = day();
    String csv =
        HEADER
            + "E104,"
            + d
            + " 09:00:00,60,OUTBOUND,13812345678,ANSWERED\n"
            + "E104,"
            + d
            + " 09:05:00,30,呼出,13812345679,NO_ANSWER\n"
            + "E104,"
            + d
            + "T09:10:00+08:00,45,INBOUND,13812345670,ANSWERED\n"
            + "E105,\""
            + d
            + " 10:00\",12,OUTBOUND,\"021-5555,1234\",BUSY\n";
    long id = upload("calls.csv", csv.getBytes(StandardCharsets.UTF_8), S01_CS);
    Map<String, Object> ended = endedAs(id, S01_CS);
    assertThat(ended).containsEntry("status", "DONE").containsEntry("rows", 4);

    mvc.perform(get("/api/v1/calls/daily?storeCode=S01&date=" + d).with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.employeeCode=='E104')].outbound").value(contains(2)))
        .andExpect(jsonPath("$[?(@.employeeCode=='E104')].target").value(contains(120)))
        .andExpect(jsonPath("$[?(@.employeeCode=='E104')].shortfall").value(contains(118)))
        .andExpect(jsonPath("$[?(@.employeeCode=='E105')].outbound").value(contains(1)))
        // a seat without a call still owes its target
        .andExpect(jsonPath("$[?(@.employeeCode=='E106')].shortfall").value(contains(120)));
  }

  @Test
  void a_file_with_a_bad_row_writes_nothing_and_names_its_line() throws Exception {
    String d = day();
    String csv =
        HEADER
            + "E104,"
            + d
            + " 09:00:00,60,OUTBOUND,13812345678,ANSWERED\n"
            + "E104,"
            + d
            + " 09:05:00,-3,OUTBOUND,13812345679,ANSWERED\n"
            + "NOBODY,"
            + d
            + " 09:06:00,3,OUTBOUND,13812345679,ANSWERED\n";
    long id = upload("calls.csv", csv.getBytes(StandardCharsets.UTF_8), S01_CS);
    Map<String, Object> ended = endedAs(id, S01_CS);
    assertThat(ended).containsEntry("status", "FAILED");
    assertThat(JsonPath.<List<Integer>>read(ended, "$.errors[*].line")).containsExactly(3, 4);

    mvc.perform(get("/api/v1/calls/daily?storeCode=S01&date=" + d).with(S01_CS))
        .andExpect(jsonPath("$[?(@.employeeCode=='E104')].outbound").value(contains(0)));
  }

  @Test
  void an_xlsx_import_is_read_like_the_csv() throws Exception {
    String d = day();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XSSFSheet sheet = book.createSheet("通话");
      String[][] rows = {
        {"工号", "开始", "时长", "方向", "号码", "结果"},
        {"E107", d + " 11:00:00", "20", "OUTBOUND", "13800000001", "ANSWERED"},
        {"E107", d + " 11:30:00", "25", "OUTBOUND", "13800000002", "ANSWERED"}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (r > 0 && c == 2) {
            row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
          } else {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      book.write(out);
    }
    long id = upload("calls.xlsx", out.toByteArray(), GROUP_CS);
    String body = Web.body(mvc.perform(get("/api/v1/calls/imports/" + id).with(GROUP_CS)));
    assertThat(body).contains("\"id\":" + id);
    Map<String, Object> ended = endedAs(id, GROUP_CS);
    assertThat(ended).containsEntry("status", "DONE").containsEntry("rows", 2);
    mvc.perform(get("/api/v1/calls/daily?storeCode=S01&date=" + d).with(GROUP_CS))
        .andExpect(jsonPath("$[?(@.employeeCode=='E107')].outbound").value(contains(2)));
  }

  @Test
  void someone_else_s_import_is_not_found_for_a_store_user() throws Exception {
    String d = day();
    long id =
        upload(
            "calls.csv",
            (HEADER + "E104," + d + " 09:00:00,60,OUTBOUND,1,OK\n")
                .getBytes(StandardCharsets.UTF_8),
            GROUP_CS);
    endedAs(id, GROUP_CS);
    mvc.perform(get("/api/v1/calls/imports/" + id).with(S01_CS)).andExpect(status().isNotFound());
  }

  /** The import once it has ended, waiting for the background pass within a deadline. */
  private Map<String, Object> endedAs(long id, RequestPostProcessor who) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      String body = Web.body(mvc.perform(get("/api/v1/calls/imports/" + id).with(who)));
      Map<String, Object> status = JsonPath.read(body, "$");
      if (!"RUNNING".equals(status.get("status")) || Instant.now().isAfter(deadline)) {
        return status;
      }
      Thread.onSpinWait();
    }
  }
}
