package kefu.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kefu.platform.SingleLine;

/** The new-store form. */
public class StoreForm {
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code}")
  private String code;

  @NotBlank
  @Size(max = 200)
  @SingleLine
  private String name;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
