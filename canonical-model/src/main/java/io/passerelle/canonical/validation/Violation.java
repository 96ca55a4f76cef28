package io.passerelle.canonical.validation;

/**
 * One broken rule, said the way a data steward or a partner's support desk needs to read it:
 * which field (full path, e.g. {@code lines[0].quantity}), which value, which rule.
 *
 * @param path          the property path from the validated object, e.g. {@code lifecycle.withdrawalDate}
 * @param rejectedValue the offending value as text, or null when the value was missing
 * @param rule          what the rule requires, e.g. {@code GTIN check digit is wrong: expected 1, found 2}
 */
public record Violation(String path, String rejectedValue, String rule) {

    /** For example {@code gtin = "4006381333932": GTIN check digit is wrong: expected 1, found 2}. */
    public String describe() {
        String field = path.isEmpty() ? "(whole object)" : path;
        String value = rejectedValue == null ? "null" : "\"" + rejectedValue + "\"";
        return field + " = " + value + ": " + rule;
    }

    @Override
    public String toString() {
        return describe();
    }
}
