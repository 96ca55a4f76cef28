package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels through the hub: a canonical payload and the facts needed to route, deduplicate,
 * trace and replay it.
 *
 * @param messageId     unique per message; the key for idempotent delivery
 * @param messageType   the payload's canonical type name, e.g. {@code Product}, {@code LineStoppageDeclared}
 * @param sourceSystem  the system the message came from, e.g. {@code ERP}
 * @param correlationId shared by every message caused by the same business event, so one can be traced
 *                      end to end; the first message's own id when nothing caused it
 * @param occurredAt    when the fact happened at the source (not when the hub received it)
 * @param schemaVersion version of the canonical model the payload conforms to, major.minor
 */
@JsonClassDescription("A canonical message: payload plus routing, tracing and versioning facts.")
public record Envelope<T>(
        @NotNull UUID messageId,
        @NotBlank String messageType,
        @NotBlank String sourceSystem,
        @NotBlank String correlationId,
        @NotNull Instant occurredAt,
        @NotNull @Pattern(regexp = "\\d+\\.\\d+")
        @JsonPropertyDescription("Canonical model version, major.minor, e.g. 1.0.")
        String schemaVersion,
        @NotNull @Valid T payload) {

    /** Bump the minor version for additions readers may ignore, the major one for breaking changes. */
    public static final String CURRENT_SCHEMA_VERSION = "1.0";

    /** A new message that starts its own correlation, stamped now. */
    public static <T> Envelope<T> of(String sourceSystem, T payload) {
        return of(sourceSystem, payload, Clock.systemUTC());
    }

    /** As {@link #of(String, Object)}, with the clock tests and replays need to control. */
    public static <T> Envelope<T> of(String sourceSystem, T payload, Clock clock) {
        Objects.requireNonNull(payload, "an envelope needs a payload");
        UUID messageId = UUID.randomUUID();
        return new Envelope<>(messageId, payload.getClass().getSimpleName(), sourceSystem,
                messageId.toString(), clock.instant(), CURRENT_SCHEMA_VERSION, payload);
    }
}
