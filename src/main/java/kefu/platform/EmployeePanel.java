package kefu.platform;

import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * A panel a module adds to the employee page: a Thymeleaf fragment of its module ({@code "template
 * :: selector"}) that the page inserts with what {@code model} answers for the employee's code as
 * the variable {@code data}. The model answers null for a user who may not see the panel; keep it
 * to a query or two.
 */
@NamedInterface("shell")
public record EmployeePanel(String fragment, int order, Function<String, Object> model) {

  public String template() {
    return fragment.substring(0, fragment.indexOf("::")).trim();
  }

  public String selector() {
    return fragment.substring(fragment.indexOf("::") + 2).trim();
  }

  /** A panel as the page draws it: its fragment and what it shows. */
  public record Drawn(String template, String selector, Object data) {}

  /** The panel for one employee, or null when it shows nothing for the user. */
  public Drawn draw(String employeeCode) {
    Object data = model.apply(employeeCode);
    return data == null ? null : new Drawn(template(), selector(), data);
  }
}
