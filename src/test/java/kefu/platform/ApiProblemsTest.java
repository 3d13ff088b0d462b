package kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;

/** Failures become problem details with translated texts and no internals. */
class ApiProblemsTest {

  final StaticMessageSource messages = new StaticMessageSource();
  final ApiProblems problems = new ApiProblems(messages);

  ApiProblemsTest() {
    messages.addMessage("problem.unexpected", Locale.SIMPLIFIED_CHINESE, "处理请求时出错");
    messages.addMessage("incident.unknownStore", Locale.SIMPLIFIED_CHINESE, "没有这个门店");
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void anUnexpectedFailureIsA500WithoutItsMessage() {
    var response = problems.unexpected(new IllegalStateException("secret table name"));
    assertThat(response.getStatusCode().value()).isEqualTo(500);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().getDetail()).isEqualTo("处理请求时出错");
  }

  @Test
  void aValueTheDatabaseCannotHoldIsBadInputNotAConflict() {
    var tooLong =
        new DataIntegrityViolationException(
            "could not execute statement",
            new SQLException("Value too long for column \"VOID_REASON\"", "22001"));
    assertThat(problems.integrity(tooLong).getStatusCode().value()).isEqualTo(400);

    var duplicate =
        new DataIntegrityViolationException(
            "could not execute statement", new SQLException("Unique index violation", "23505"));
    assertThat(problems.integrity(duplicate).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void aLockNotGrantedInTimeIsAConflictToRetryNotA500() {
    messages.addMessage("problem.busy", Locale.SIMPLIFIED_CHINESE, "请稍后重试");
    var response =
        problems.concurrentWrite(new CannotAcquireLockException("lock timeout on month_guard"));
    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(response.getBody().getDetail()).isEqualTo("请稍后重试");
  }

  @Test
  void fieldProblemsCarryTranslatedMessages() {
    var response =
        problems.badInput(
            new BadInput(
                "problem.invalid",
                List.of(new FieldProblem("storeCode", "incident.unknownStore"))));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().getProperties().get("errors").toString())
        .contains("storeCode")
        .contains("没有这个门店");
  }
}
