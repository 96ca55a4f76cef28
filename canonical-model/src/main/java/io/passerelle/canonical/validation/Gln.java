package io.passerelle.canonical.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A GS1 Global Location Number (a party or a place): 13 digits ending with the GS1 check digit.
 * Null is accepted: combine with {@code @NotNull} where the key is mandatory.
 */
@Documented
@Constraint(validatedBy = GlnValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Gln {

    String message() default "must be a valid GS1 GLN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
