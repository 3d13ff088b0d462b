package kefu.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kefu.policy.PackProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Pack problems are said in the reader's language, with the values they name carried over. */
class PackProblemTextTest {

  private final ResourceBundleMessageSource messages = CopyTitleTest.messages();

  private String zh(String field, String message) {
    return PackProblemText.of(
        new PackProblem(3, field, message), messages, Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void theChecksSentencesAreSaidInChineseWithTheirValues() {
    assertThat(zh("rule.amount", "must be a number, got 'abc'")).isEqualTo("必须是数字，而不是“abc”");
    assertThat(zh("clauses[1].number", "repeats clause 2.1")).isEqualTo("条款 2.1 重复出现");
    assertThat(zh("rule.tiers[1].count", "tiers must ascend: 2 follows 3"))
        .isEqualTo("档位必须递增：2 排在 3 之后");
    assertThat(zh("title", "is required")).isEqualTo("必填");
    assertThat(
            zh(
                "code",
                "must be an upper-case code like CS_MANAGER of at most 64 characters, got 'x'"))
        .isEqualTo("必须是大写代码（如 CS_MANAGER，最多 64 个字符），而不是“x”");
  }

  @Test
  void theYamlReadersOwnWordsBecomeOneSentenceAtTheLine() {
    assertThat(zh("(yaml)", "mapping values are not allowed here"))
        .isEqualTo(messages.getMessage("policy.problem.yaml", null, Locale.SIMPLIFIED_CHINESE))
        .doesNotContain("mapping values");
  }

  @Test
  void englishReadersReadEnglish() {
    assertThat(
            PackProblemText.of(
                new PackProblem(1, "rule.points", "must be ≥ 0"), messages, Locale.ENGLISH))
        .isEqualTo("must be at least 0");
  }
}
