package io.passerelle.mappings.xref;

import java.util.Objects;

/** Who changes a table, in what capacity, and why — recorded in the audit trail of every change. */
public record ChangeAuthor(String actor, ChangeSource source, String reason) {

    public ChangeAuthor {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(source, "source");
        if (reason == null || reason.isBlank()) {
            reason = source.name().toLowerCase().replace('_', ' ');
        }
    }

    public static ChangeAuthor steward(String name, String reason) {
        return new ChangeAuthor(name, ChangeSource.STEWARD, reason);
    }

    public static ChangeAuthor rule(String reason) {
        return new ChangeAuthor("passerelle", ChangeSource.AUTOMATIC_RULE, reason);
    }
}
