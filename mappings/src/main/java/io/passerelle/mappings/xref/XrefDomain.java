package io.passerelle.mappings.xref;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A conversion-table domain as declared in configuration: customers, products, units...
 *
 * @param name             e.g. {@code product}
 * @param valueDomain      a list of values (units, currencies) whose canonical code is the natural key
 *                         itself, rather than identifiers (customers, products) that get generated codes
 * @param naturalKeyTypes  keys that link records of different systems automatically, in priority order
 *                         (customer: gln, vat; product: gtin; unit-of-measure: iso)
 * @param systemOfRecord   the system whose new master data creates canonical entries; null if none
 * @param codePrefix       prefix of generated canonical codes (PRD-000001)
 * @param policies         what happens to a code nobody can map, per system ({@code *} for any other)
 */
public record XrefDomain(
        String name,
        boolean valueDomain,
        List<String> naturalKeyTypes,
        String systemOfRecord,
        String codePrefix,
        Map<String, MissingCodePolicy> policies) {

    public static final String ANY_SYSTEM = "*";

    public XrefDomain {
        Objects.requireNonNull(name, "name");
        naturalKeyTypes = naturalKeyTypes == null ? List.of() : List.copyOf(naturalKeyTypes);
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        if (codePrefix == null || codePrefix.isBlank()) {
            codePrefix = name.replaceAll("[^A-Za-z]", "").toUpperCase().substring(0, Math.min(3, name.length()));
        }
    }

    public MissingCodePolicy policyFor(String system) {
        MissingCodePolicy policy = policies.get(system);
        if (policy == null) {
            policy = policies.get(ANY_SYSTEM);
        }
        return policy == null ? MissingCodePolicy.reject() : policy;
    }

    public boolean isSystemOfRecord(String system) {
        return system.equals(systemOfRecord);
    }
}
