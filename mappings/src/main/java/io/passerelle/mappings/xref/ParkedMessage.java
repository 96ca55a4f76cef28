package io.passerelle.mappings.xref;

import java.time.Instant;
import java.util.Map;

/** A whole message waiting for a code to be mapped. */
public record ParkedMessage(
        long id,
        String domain,
        String system,
        String externalCode,
        String flow,
        String messageId,
        String body,
        Map<String, String> headers,
        Instant parkedAt,
        String status) {
}
