package io.passerelle.mappings.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Write-time checks on the state a change would produce, so that a broken table is refused when it is
 * edited rather than discovered by a flow at run time. Checked only where the change touches: the
 * external codes it maps and the canonical codes it maps to.
 */
final class MappingRules {

    private MappingRules() {
    }

    static List<String> violations(List<Mapping> candidateState, Collection<Mapping> changed) {
        List<String> reasons = new ArrayList<>();
        Set<List<String>> keys = changed.stream()
                .map(m -> List.of(m.system(), m.externalCode())).collect(Collectors.toSet());
        Set<List<String>> canonicals = changed.stream()
                .map(m -> List.of(m.system(), m.canonicalCode())).collect(Collectors.toSet());

        Map<List<String>, List<Mapping>> byKey = candidateState.stream()
                .filter(m -> keys.contains(List.of(m.system(), m.externalCode())))
                .collect(Collectors.groupingBy(m -> List.of(m.system(), m.externalCode())));
        byKey.values().forEach(group -> overlappingPeriods(group, reasons));

        Map<List<String>, List<Mapping>> byCanonical = candidateState.stream()
                .filter(m -> canonicals.contains(List.of(m.system(), m.canonicalCode())))
                .collect(Collectors.groupingBy(m -> List.of(m.system(), m.canonicalCode())));
        byCanonical.values().forEach(group -> ambiguousReverseLookups(group, reasons));
        return reasons;
    }

    private static void overlappingPeriods(List<Mapping> sameKey, List<String> reasons) {
        for (int i = 0; i < sameKey.size(); i++) {
            for (int j = i + 1; j < sameKey.size(); j++) {
                Mapping a = sameKey.get(i);
                Mapping b = sameKey.get(j);
                if (a.overlaps(b)) {
                    reasons.add(String.format("%s code '%s' of %s would map to '%s' %s and to '%s' %s at the same time:"
                                    + " effective dates of one code must not overlap (end one before the other starts)",
                            a.domain(), a.externalCode(), a.system(), a.canonicalCode(), a.period(),
                            b.canonicalCode(), b.period()));
                }
            }
        }
    }

    private static void ambiguousReverseLookups(List<Mapping> sameCanonical, List<String> reasons) {
        for (int i = 0; i < sameCanonical.size(); i++) {
            for (int j = i + 1; j < sameCanonical.size(); j++) {
                Mapping a = sameCanonical.get(i);
                Mapping b = sameCanonical.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                LocalDate from = later(a.validFrom(), b.validFrom());
                LocalDate to = earlier(a.validTo(), b.validTo());
                if (a.preferred() && b.preferred()) {
                    reasons.add(String.format("the reverse lookup of %s '%s' in %s would be ambiguous: '%s' and '%s'"
                                    + " are both preferred over %s (mark only one preferred)",
                            a.domain(), a.canonicalCode(), a.system(), a.externalCode(), b.externalCode(),
                            period(from, to)));
                } else if (!a.preferred() && !b.preferred() && !coveredByPreferred(sameCanonical, from, to)) {
                    reasons.add(String.format("the reverse lookup of %s '%s' in %s would be ambiguous: '%s' and '%s'"
                                    + " both map to it over %s and none is preferred (mark one preferred)",
                            a.domain(), a.canonicalCode(), a.system(), a.externalCode(), b.externalCode(),
                            period(from, to)));
                }
            }
        }
    }

    private static boolean coveredByPreferred(List<Mapping> group, LocalDate from, LocalDate to) {
        return group.stream().filter(Mapping::preferred).anyMatch(p ->
                (p.validFrom() == null || (from != null && !from.isBefore(p.validFrom())))
                        && (p.validTo() == null || (to != null && !to.isAfter(p.validTo()))));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static String period(LocalDate from, LocalDate to) {
        return "[" + Objects.toString(from, "open") + ", " + Objects.toString(to, "open") + ")";
    }
}
