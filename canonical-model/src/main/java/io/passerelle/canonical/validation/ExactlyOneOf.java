package io.passerelle.canonical.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Exactly one of the named record components must be given (not null, not blank, not an empty list):
 * service terms are agreed either with one customer or with a whole segment, never both.
 */
@Documented
@Constraint(validatedBy = ExactlyOneOfValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ExactlyOneOf {

    /** Names of the record components, at least two. */
    String[] value();

    String message() default "exactly one of these fields must be given";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
