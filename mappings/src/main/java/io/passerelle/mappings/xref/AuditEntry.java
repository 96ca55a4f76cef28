package io.passerelle.mappings.xref;

import java.time.Instant;

/** One change in a mapping's history: before and after are null where the mapping did not exist. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        ChangeSource source,
        String reason,
        String action,
        String domain,
        long mappingId,
        Mapping before,
        Mapping after) {
}
