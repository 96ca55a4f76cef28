package io.passerelle.canonical.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * At least one of the named record components must be given (not null, not blank, not an empty
 * list): a product may be referred to by our id, by its GTIN, or by both, but not by nothing.
 */
@Documented
@Constraint(validatedBy = AtLeastOneOfValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AtLeastOneOf {

    /** Names of the record components, at least two. */
    String[] value();

    String message() default "at least one of these fields must be given";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
