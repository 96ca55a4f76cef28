package io.passerelle.mappings.xref;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A code the hub met and could not map, as a steward sees it. */
public record InboxEntry(
        long id,
        String domain,
        String system,
        String externalCode,
        String label,
        Map<String, String> naturalKeys,
        Instant firstSeen,
        Instant lastSeen,
        int occurrences,
        String sampleMessage,
        List<String> flows,
        String status,
        String resolvedTo,
        List<Suggestion> suggestions) {

    InboxEntry withSuggestions(List<Suggestion> ranked) {
        return new InboxEntry(id, domain, system, externalCode, label, naturalKeys, firstSeen, lastSeen, occurrences,
                sampleMessage, flows, status, resolvedTo, ranked);
    }
}
