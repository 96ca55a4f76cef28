package io.passerelle.canonical.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A canonical object breaks one or more rules. A permanent failure: sending it again will not help,
 * the data or its mapping must be fixed.
 */
public class CanonicalValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    public CanonicalValidationException(String typeName, List<Violation> violations) {
        super(summary(typeName, violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(String typeName, List<Violation> violations) {
        String count = violations.size() == 1 ? "1 rule" : violations.size() + " rules";
        return violations.stream()
                .map(violation -> "  - " + violation.describe())
                .collect(Collectors.joining("\n", typeName + " breaks " + count + ":\n", ""));
    }
}
