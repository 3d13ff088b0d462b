package kefu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An ID number keeps its last four characters, a name its first; nothing else is shown. */
class IdentityMasksTest {

  @Test
  void anIdNumberKeepsOnlyItsLastFourCharacters() {
    assertThat(IdentityMasks.idNumber("11010519491231002X")).isEqualTo("**************002X");
    assertThat(IdentityMasks.idNumber(" E1234567 ")).isEqualTo("****4567");
    assertThat(IdentityMasks.idNumber("123")).isEqualTo("123");
  }

  @Test
  void aNameKeepsOnlyItsFirstCharacter() {
    assertThat(IdentityMasks.name("王小明")).isEqualTo("王**");
    assertThat(IdentityMasks.name("Li")).isEqualTo("L*");
    assertThat(IdentityMasks.name("𠮷野")).isEqualTo("𠮷*");
  }

  @Test
  void nothingStaysNothing() {
    assertThat(IdentityMasks.idNumber(null)).isNull();
    assertThat(IdentityMasks.name(" ")).isEqualTo(" ");
  }
}
