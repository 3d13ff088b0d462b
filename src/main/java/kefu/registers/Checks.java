package kefu.registers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.RuleRefused;
import kefu.shared.Money;

/**
 * The problems of one entry, gathered field by field: malformed or missing input first (400, all at
 * once), then every rule the entry breaks (422, all at once), so nothing is written and each field
 * carries its own message.
 */
public final class Checks {

  /** A code as the organization writes them (stores, employees, items). */
  private static final String CODE = "[A-Za-z0-9_-]{1,32}";

  private final List<FieldProblem> shape = new ArrayList<>();
  private final List<FieldProblem> rules = new ArrayList<>();

  /** A required code, trimmed; null (with its problem noted) when absent or malformed. */
  public String code(String field, String value) {
    if (value == null || value.isBlank()) {
      shape.add(new FieldProblem(field, "validation.required"));
      return null;
    }
    String code = value.trim();
    if (!code.matches(CODE)) {
      shape.add(new FieldProblem(field, "validation.code"));
      return null;
    }
    return code;
  }

  /** A one-line text (a name, a seal number) of at most {@code max} characters, trimmed. */
  public String line(String field, String value, int max, boolean required) {
    return text(field, value, max, required, false);
  }

  /** A text that may run over lines (a purpose, a reason) of at most {@code max} characters. */
  public String note(String field, String value, int max, boolean required) {
    return text(field, value, max, required, true);
  }

  private String text(String field, String value, int max, boolean required, boolean multiLine) {
    if (value == null || value.isBlank()) {
      if (required) {
        shape.add(new FieldProblem(field, "validation.required"));
      }
      return null;
    }
    int before = shape.size();
    InputRules.checkText(shape, field, value, max, multiLine);
    return shape.size() == before ? value.strip() : null;
  }

  /** A value that must be given. */
  public <T> T required(String field, T value) {
    if (value == null) {
      shape.add(new FieldProblem(field, "validation.required"));
    }
    return value;
  }

  /** A quantity above zero with at most {@code decimals} places. */
  public BigDecimal quantity(String field, BigDecimal value, int decimals) {
    if (value == null) {
      shape.add(new FieldProblem(field, "validation.required"));
    } else if (value.signum() <= 0) {
      shape.add(new FieldProblem(field, "registers.quantity.positive"));
    } else if (value.stripTrailingZeros().scale() > decimals) {
      shape.add(new FieldProblem(field, "validation.decimals"));
    } else if (value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      shape.add(new FieldProblem(field, "validation.tooLarge"));
    } else {
      return value;
    }
    return null;
  }

  /** An amount of money above zero, exact to the fen (never rounded). */
  public Money amount(String field, BigDecimal value) {
    BigDecimal checked = quantity(field, value, Money.SCALE);
    return checked == null ? null : Money.of(checked);
  }

  /** A whole number of pieces above zero. */
  public Integer pieces(String field, Integer value) {
    if (value == null) {
      shape.add(new FieldProblem(field, "validation.required"));
    } else if (value <= 0) {
      shape.add(new FieldProblem(field, "registers.quantity.positive"));
    } else if (value > 100_000) {
      shape.add(new FieldProblem(field, "validation.tooLarge"));
    } else {
      return value;
    }
    return null;
  }

  /** A rule the entry breaks, with its message on its field. */
  public void refuse(String field, String message) {
    rules.add(new FieldProblem(field, message));
  }

  /** Refuses the entry as bad input (400) if any field was malformed or missing. */
  public void requireWellFormed() {
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
  }

  /** Refuses the entry (422) if any rule refused it, with every field's message. */
  public void requireAllowed() {
    requireWellFormed();
    if (!rules.isEmpty()) {
      throw new RuleRefused("registers.refused", rules);
    }
  }

  /** The rules refused so far, for tests and pages. */
  public List<FieldProblem> refusals() {
    return List.copyOf(rules);
  }
}
