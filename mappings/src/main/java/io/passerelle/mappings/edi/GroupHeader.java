package io.passerelle.mappings.edi;

import java.time.LocalDateTime;

/**
 * A functional group (UNG or GS): mandatory in X12, rare in EDIFACT.
 *
 * @param functionalId X12 GS01 ({@code PO}, {@code SH}...), EDIFACT UNG 0038 (the message type)
 * @param version      X12 GS08 ({@code 004010VICS}), EDIFACT UNG S008 ({@code D:96A})
 */
public record GroupHeader(
        String functionalId,
        String applicationSender,
        String applicationReceiver,
        LocalDateTime prepared,
        String controlNumber,
        String version) {
}
