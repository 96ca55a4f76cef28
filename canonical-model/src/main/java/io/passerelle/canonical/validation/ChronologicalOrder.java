package io.passerelle.canonical.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Two dates (or instants) of the same record must come in order: a launch before a withdrawal, a
 * stoppage window's start before its end.
 *
 * <p>Placed on a record, it reads both components through their accessors, names the end field in
 * the violation path and the start field and value in the message. A missing date on either side is
 * not checked here: whether a date is mandatory is {@code @NotNull}'s business.
 */
@Documented
@Constraint(validatedBy = ChronologicalOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(ChronologicalOrder.List.class)
public @interface ChronologicalOrder {

    /** Name of the record component that comes first. */
    String start();

    /** Name of the record component that comes last; violations are reported on it. */
    String end();

    /** True: end must be strictly after start. False: the same date is allowed. */
    boolean strict() default true;

    String message() default "must come after the start";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        ChronologicalOrder[] value();
    }
}
