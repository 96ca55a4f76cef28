package io.passerelle.mappings.xref;

import java.util.Objects;

/**
 * What the hub does with a code no mapping, system of record or natural key can resolve. Declared per
 * domain and system in configuration, never at a call site.
 */
public record MissingCodePolicy(Action action, String defaultValue) {

    public enum Action {
        /** Refuse the message with a clear error. */
        REJECT,
        /** Keep the whole message until a steward maps the code; then replay it. */
        PARK,
        /** Use the declared canonical value. */
        DEFAULT,
        /** Carry the external code unchanged. */
        PASS_THROUGH
    }

    public MissingCodePolicy {
        Objects.requireNonNull(action, "action");
        if (action == Action.DEFAULT && (defaultValue == null || defaultValue.isBlank())) {
            throw new IllegalArgumentException("policy 'default' needs a default value");
        }
    }

    public static MissingCodePolicy reject() {
        return new MissingCodePolicy(Action.REJECT, null);
    }

    public static MissingCodePolicy park() {
        return new MissingCodePolicy(Action.PARK, null);
    }

    public static MissingCodePolicy passThrough() {
        return new MissingCodePolicy(Action.PASS_THROUGH, null);
    }

    public static MissingCodePolicy defaultTo(String value) {
        return new MissingCodePolicy(Action.DEFAULT, value);
    }

    /** Reads the configuration form: {@code reject}, {@code park}, {@code pass-through}, {@code default:EA}. */
    public static MissingCodePolicy parse(String text) {
        String value = text.trim();
        if (value.startsWith("default:")) {
            return defaultTo(value.substring("default:".length()).trim());
        }
        return switch (value) {
            case "reject" -> reject();
            case "park" -> park();
            case "pass-through" -> passThrough();
            default -> throw new IllegalArgumentException("unknown missing-code policy '" + text
                    + "': expected reject, park, pass-through or default:<value>");
        };
    }
}
