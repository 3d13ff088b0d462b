package kefu.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import kefu.platform.BadInput;
import org.springframework.stereotype.Component;

/**
 * What a password must be wherever one is set: long enough, not only digits, and not one of the
 * passwords that guessing lists try first. The list is Django's common-passwords list (about 20,000
 * entries, lower case, BSD licence), so the comparison ignores case.
 */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  private static final String LIST = "/security/common-passwords.txt.gz";

  private final Set<String> common;

  PasswordPolicy() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      common = r.lines().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses the password with a message on the given field, or returns quietly. */
  void check(String field, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new BadInput(field, "account.password.short");
    }
    if (password.chars().allMatch(Character::isDigit)) {
      throw new BadInput(field, "account.password.digitsOnly");
    }
    if (common.contains(password.toLowerCase(Locale.ROOT))) {
      throw new BadInput(field, "account.password.common");
    }
  }
}
