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
 * A UN/ECE Recommendation 20 unit of measure code (KGM, LTR, H87…), checked against {@link Rec20Units}.
 * Null is accepted: combine with {@code @NotNull} where the code is mandatory.
 */
@Documented
@Constraint(validatedBy = UnitOfMeasureValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface UnitOfMeasure {

    String message() default "must be a UN/ECE Recommendation 20 unit code, such as H87, C62 or KGM";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
