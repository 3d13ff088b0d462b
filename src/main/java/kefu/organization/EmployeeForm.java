package kefu.organization;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import kefu.platform.SingleLine;

/**
 * An employee as entered on the web form, in the API ({@code POST /api/v1/employees}) and in an
 * import row; one set of constraints for all three.
 */
public class EmployeeForm {

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code}")
  private String code;

  @NotBlank
  @Size(max = 100)
  @SingleLine
  private String name;

  @NotBlank private String storeCode;
  @NotNull private Position position;
  @NotNull private Level level;
  @NotNull private LocalDate hiredOn;
  private LocalDate leftOn;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 10, fraction = 2)
  private BigDecimal baseSalary;

  @Size(max = 32)
  @Pattern(regexp = "[0-9+\\- ]*", message = "{validation.phone}")
  private String phone;

  @Email
  @Size(max = 200)
  @SingleLine
  private String email;

  /**
   * When editing: the day a changed level or base pay takes effect; empty means the first day of
   * next month, when a payroll usually starts paying a raise. Ignored when creating (the first pay
   * is in force from the hiring date) and when neither level nor pay changed.
   */
  private LocalDate payFrom;

  EmployeeDetails details() {
    return new EmployeeDetails(
        code == null ? null : code.trim(),
        name == null ? null : name.trim(),
        hiredOn,
        leftOn,
        level,
        baseSalary,
        blankToNull(phone),
        blankToNull(email));
  }

  /** The form for editing an employee, showing their post on the given day. */
  public static EmployeeForm of(Employee e, LocalDate today) {
    EmployeeForm f = new EmployeeForm();
    f.code = e.getCode();
    f.name = e.getName();
    f.hiredOn = e.getHiredOn();
    f.leftOn = e.getLeftOn();
    PayTerms pay = e.payOn(today);
    f.level = pay.getLevel();
    f.baseSalary = pay.getBaseSalary();
    f.payFrom = firstDayOfNextMonth(today);
    f.phone = e.getPhone();
    f.email = e.getEmail();
    e.postOn(today)
        .ifPresent(
            a -> {
              f.storeCode = a.getStore().getCode();
              f.position = a.getPosition();
            });
    return f;
  }

  /** The default day a change of pay takes effect from, seen on {@code today}. */
  public static LocalDate firstDayOfNextMonth(LocalDate today) {
    return today.withDayOfMonth(1).plusMonths(1);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

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

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }

  public Position getPosition() {
    return position;
  }

  public void setPosition(Position position) {
    this.position = position;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public void setHiredOn(LocalDate hiredOn) {
    this.hiredOn = hiredOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void setLeftOn(LocalDate leftOn) {
    this.leftOn = leftOn;
  }

  public BigDecimal getBaseSalary() {
    return baseSalary;
  }

  public void setBaseSalary(BigDecimal baseSalary) {
    this.baseSalary = baseSalary;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getPayFrom() {
    return payFrom;
  }

  public void setPayFrom(LocalDate payFrom) {
    this.payFrom = payFrom;
  }
}
