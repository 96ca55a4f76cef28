package io.passerelle.mappings.xref;

import java.time.LocalDate;

/**
 * One row of a conversion table: a system's code and the canonical code it means, over a period.
 * {@code validFrom} is inclusive, {@code validTo} exclusive; null is unbounded.
 */
public record Mapping(
        Long id,
        String domain,
        String system,
        String externalCode,
        String canonicalCode,
        boolean preferred,
        LocalDate validFrom,
        LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = validFrom == null || to == null || validFrom.isBefore(to);
        boolean endsAfterOtherStarts = validTo == null || from == null || from.isBefore(validTo);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean overlaps(Mapping other) {
        return overlaps(other.validFrom, other.validTo);
    }

    public Mapping withId(Long newId) {
        return new Mapping(newId, domain, system, externalCode, canonicalCode, preferred, validFrom, validTo);
    }

    public String period() {
        return "[" + (validFrom == null ? "open" : validFrom) + ", " + (validTo == null ? "open" : validTo) + ")";
    }

    public String describe() {
        return domain + " " + system + " '" + externalCode + "' -> '" + canonicalCode + "' " + period()
                + (preferred ? " preferred" : "");
    }
}
