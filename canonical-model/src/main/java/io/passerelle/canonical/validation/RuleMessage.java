package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Replaces a constraint's generic message with one that names the rule and the facts that broke it.
 *
 * <p>Templates are constants written in code; the facts (lengths, digits, field names, values) go in
 * as message parameters, never concatenated into the template, so data cannot be read as an
 * expression by the message interpolator.
 */
final class RuleMessage {

    private RuleMessage() {
    }

    /** Reports the violation on the validated value itself. Always returns false, for {@code return report(...)}. */
    static boolean report(ConstraintValidatorContext context, String template, Map<String, ?> parameters) {
        return reportOn(context, null, template, parameters);
    }

    /**
     * Reports a class-level violation on one of the bean's properties, so the path names the field a
     * person has to fix rather than the whole record.
     */
    static boolean reportOn(ConstraintValidatorContext context, String property, String template,
            Map<String, ?> parameters) {
        HibernateConstraintValidatorContext hibernateContext = context.unwrap(HibernateConstraintValidatorContext.class);
        parameters.forEach(hibernateContext::addMessageParameter);
        context.disableDefaultConstraintViolation();
        var builder = context.buildConstraintViolationWithTemplate(template);
        if (property == null) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
        return false;
    }
}
