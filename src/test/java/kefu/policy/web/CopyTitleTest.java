package kefu.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kefu.policy.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A copied pack is proposed a title no pack has yet, in both languages. */
class CopyTitleTest {

  private static final LocalizedText ORIGINAL = new LocalizedText("客服部管理制度", "CS rules");

  private final ResourceBundleMessageSource messages = messages();

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasenames("i18n/policy", "i18n/shell");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return m;
  }

  @Test
  void theFirstCopyIsMarkedAsACopy() {
    assertThat(CopyTitle.propose(ORIGINAL, List.of(ORIGINAL), messages))
        .isEqualTo(new LocalizedText("客服部管理制度（副本）", "CS rules (copy)"));
  }

  @Test
  void furtherCopiesAreNumberedAndACopyOfACopyCountsOnFromTheOriginal() {
    List<LocalizedText> taken = new ArrayList<>(List.of(ORIGINAL));
    LocalizedText first = CopyTitle.propose(ORIGINAL, taken, messages);
    taken.add(first);
    LocalizedText second = CopyTitle.propose(ORIGINAL, taken, messages);
    assertThat(second).isEqualTo(new LocalizedText("客服部管理制度（副本 2）", "CS rules (copy 2)"));
    taken.add(second);
    assertThat(CopyTitle.propose(first, taken, messages))
        .isEqualTo(new LocalizedText("客服部管理制度（副本 3）", "CS rules (copy 3)"));
  }
}
