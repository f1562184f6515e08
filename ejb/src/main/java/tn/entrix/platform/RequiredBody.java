package tn.entrix.platform;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request body that must be present. Used instead of {@code @NotNull} on JAX-RS body parameters because Payara's
 * OpenAPI scanner (6.2025.9) fails on a built-in constraint on a parameter that is not a path parameter.
 */
@Documented
@Retention(RUNTIME)
@Target(PARAMETER)
@Constraint(validatedBy = RequiredBody.Validator.class)
public @interface RequiredBody {

    String message() default "a JSON request body is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Present or not. */
    class Validator implements ConstraintValidator<RequiredBody, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return value != null;
        }
    }
}
