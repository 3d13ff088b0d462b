package kefu.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A one-line text (name, code, title): no control characters, no line breaks. See {@link
 * InputRules}.
 */
@Documented
@Constraint(validatedBy = SingleLine.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {
  String message() default "{" + InputRules.CONTROL_CHARACTERS + "}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check behind the annotation. */
  class Check implements ConstraintValidator<SingleLine, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return InputRules.isSingleLine(value);
    }
  }
}
