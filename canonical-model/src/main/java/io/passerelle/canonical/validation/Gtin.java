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
 * A GS1 Global Trade Item Number: 8, 12, 13 or 14 digits ending with the GS1 check digit.
 * Null is accepted: combine with {@code @NotNull} where the key is mandatory.
 */
@Documented
@Constraint(validatedBy = GtinValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Gtin {

    String message() default "must be a valid GS1 GTIN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
