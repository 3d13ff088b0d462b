package kefu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "{0} is shown as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13812345678      | 138****5678",
        "138 1234 5678    | 138****5678",
        "+86 138-1234-5678| 138****5678",
        "8613812345678    | 138****5678",
        "021-12345678     | ***-****5678",
        "0755 8888 1234   | **** **** 1234",
        "400-820-8820     | ***-***-8820",
        "95588            | *5588",
        "1234             | 1234",
        "ext. 12          | ext. 12",
      })
  void keeps_a_mobile_numbers_first_three_and_last_four_and_any_other_numbers_last_four(
      String number, String shown) {
    assertThat(PhoneNumbers.mask(number)).isEqualTo(shown);
  }

  @Test
  void leaves_a_missing_or_blank_number_as_it_is() {
    assertThat(PhoneNumbers.mask(null)).isNull();
    assertThat(PhoneNumbers.mask("")).isEmpty();
    assertThat(PhoneNumbers.mask("   ")).isEqualTo("   ");
  }
}
