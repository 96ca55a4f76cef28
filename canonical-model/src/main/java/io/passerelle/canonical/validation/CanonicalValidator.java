package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one way the hub checks a canonical object against the model's rules.
 *
 * <p>The underlying {@link Validator} is built once for the whole JVM and is thread-safe, so a
 * {@code CanonicalValidator} costs nothing to create and can be shared freely.
 *
 * <p>Messages are always English, whatever the machine's locale, because they end up in logs,
 * tracking and partner rejections that must read the same everywhere. They are interpolated without
 * Expression Language: parameters only, so no EL implementation is needed on the classpath and no
 * data can ever be evaluated as an expression. Constraints whose default message relies on EL
 * (@DecimalMin, @DecimalMax) therefore state their message explicitly in the model.
 */
public final class CanonicalValidator {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH,
                    context -> Locale.ENGLISH, false))
            .buildValidatorFactory()
            .getValidator();

    /** List indexes compare as numbers, so line 2 of an order is listed before line 10. */
    private static final Pattern LIST_INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Comparator<Violation> BY_PATH_THEN_RULE =
            Comparator.comparing((Violation violation) -> sortKey(violation.path())).thenComparing(Violation::rule);

    /** Every broken rule, sorted by field path so the same object always gives the same list. */
    public List<Violation> validate(Object candidate) {
        Objects.requireNonNull(candidate, "nothing to validate");
        return VALIDATOR.validate(candidate).stream()
                .map(CanonicalValidator::toViolation)
                .sorted(BY_PATH_THEN_RULE)
                .toList();
    }

    /** Returns quietly when the object is valid; otherwise throws with every broken rule listed. */
    public void requireValid(Object candidate) {
        List<Violation> violations = validate(candidate);
        if (!violations.isEmpty()) {
            throw new CanonicalValidationException(candidate.getClass().getSimpleName(), violations);
        }
    }

    private static Violation toViolation(ConstraintViolation<?> violation) {
        return new Violation(
                PropertyPaths.format(violation.getPropertyPath()),
                asText(rejectedValue(violation)),
                violation.getMessage());
    }

    /**
     * For a class-level rule blamed on one field (a withdrawal date before the launch), Bean
     * Validation hands back the whole record as the invalid value; the value that matters to the
     * reader is that field's.
     */
    private static Object rejectedValue(ConstraintViolation<?> violation) {
        Object invalid = violation.getInvalidValue();
        Path.Node leaf = leafOf(violation.getPropertyPath());
        boolean classLevelOnAField = invalid != null
                && invalid == violation.getLeafBean()
                && leaf != null
                && leaf.getKind() == ElementKind.PROPERTY
                && RecordProperties.has(invalid.getClass(), leaf.getName());
        return classLevelOnAField ? RecordProperties.read(invalid, leaf.getName()) : invalid;
    }

    private static String sortKey(String path) {
        return LIST_INDEX.matcher(path).replaceAll(index -> "[" + "0".repeat(Math.max(0, 10 - index.group(1).length()))
                + index.group(1) + "]");
    }

    private static Path.Node leafOf(Path path) {
        Path.Node leaf = null;
        for (Path.Node node : path) {
            leaf = node;
        }
        return leaf;
    }

    private static String asText(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
