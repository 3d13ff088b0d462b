package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kefu.platform.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  private void refused(String password, String message) {
    assertThatThrownBy(() -> policy.check("newPassword", password))
        .isInstanceOfSatisfying(
            BadInput.class,
            e -> {
              assertThat(e.problems().get(0).field()).isEqualTo("newPassword");
              assertThat(e.problems().get(0).message()).isEqualTo(message);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "kefu-demo", "abcdefghi", "九个字的密码太短了"})
  void passwordsUnderTenCharactersAreRefused(String password) {
    refused(password, "account.password.short");
  }

  @Test
  void aMissingPasswordIsRefused() {
    refused(null, "account.password.short");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026112512", "00000000000000"})
  void passwordsOfDigitsOnlyAreRefused(String password) {
    refused(password, "account.password.digitsOnly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"qwertyuiop", "1q2w3e4r5t", "Password123", "iloveyou12"})
  void commonPasswordsAreRefusedWhateverTheirCase(String password) {
    refused(password, "account.password.common");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kefu-demo-2026", "门店客服部2026年", "correct horse battery"})
  void longUncommonPasswordsAreAccepted(String password) {
    assertThatCode(() -> policy.check("newPassword", password)).doesNotThrowAnyException();
  }
}
