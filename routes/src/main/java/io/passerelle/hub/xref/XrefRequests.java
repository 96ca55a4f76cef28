package io.passerelle.hub.xref;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Bodies of the steward API's write requests. Every write says why: the reason goes into the audit trail. */
final class XrefRequests {

    private XrefRequests() {
    }

    record MappingRequest(@NotBlank String system, @NotBlank String externalCode, @NotBlank String canonicalCode,
                          Boolean preferred, LocalDate validFrom, LocalDate validTo, @NotBlank String reason) {
    }

    record CanonicalRequest(String code, String label, Map<String, String> naturalKeys, @NotBlank String reason) {
    }

    record RetireRequest(LocalDate endingOn, @NotBlank String reason) {
    }

    record RestoreRequest(@NotNull Instant at, @NotBlank String reason) {
    }

    record AcceptRequest(String canonicalCode, @NotBlank String reason) {
    }

    record BulkAcceptRequest(@NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double threshold, String domain,
                             @NotBlank String reason) {
    }
}
