package io.passerelle.mappings.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learning rules of {@link CodeTranslator}, applied to a whole batch of one system's master data at once
 * (a claimed batch of an ERP's product table): one transaction and a handful of statements for the batch,
 * where learning code by code costs a dozen round trips per code. Same outcome as one by one, in the same
 * order: a natural key already owned links, the system of record creates, and two records of the batch
 * sharing a natural key end on one canonical entry. Codes that already have any mapping (current, retired or
 * future) are left to the one-by-one path and its write-time checks.
 */
final class BulkLearning {

    private final ConversionTables tables;

    BulkLearning(ConversionTables tables) {
        this.tables = tables;
    }

    void learn(XrefDomain domain, String system, List<CodeSighting> sightings) {
        LocalDate today = LocalDate.now();
        boolean mayCreate = domain.isSystemOfRecord(system) && !domain.valueDomain();
        Map<String, CodeSighting> unknown = new LinkedHashMap<>();
        for (CodeSighting sighting : sightings) {
            boolean learnable = sighting.masterData() && mayCreate
                    || domain.naturalKeyTypes().stream().anyMatch(sighting.naturalKeys()::containsKey);
            if (learnable && tables.cache().canonicalOf(domain.name(), system, sighting.code(), today) == null) {
                unknown.putIfAbsent(sighting.code(), sighting);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        tables.transactions().executeWithoutResult(status -> {
            tables.lockDomain(domain.name());
            MappingStore mappings = tables.mappingStore();
            mappings.forKeys(domain.name(), system, unknown.keySet()).forEach(m -> unknown.remove(m.externalCode()));
            if (unknown.isEmpty()) {
                return;
            }
            Map<String, Map<String, String>> owners = owners(domain, unknown.values());
            // Canonical codes that already have this system's preferred code: a linked code is then an alias.
            Set<String> preferredTaken = preferredTaken(domain, system,
                    owners.values().stream().flatMap(o -> o.values().stream()).collect(Collectors.toSet()));
            long creatable = mayCreate ? unknown.values().stream().filter(CodeSighting::masterData).count() : 0;
            // Codes for every record that may create; those that link leave a gap in the sequence, which is harmless.
            Iterator<String> codes = creatable == 0 ? java.util.Collections.emptyIterator()
                    : tables.canonicals().nextGeneratedCodes(domain, (int) creatable).iterator();
            List<CanonicalEntry> entries = new ArrayList<>();
            List<Mapping> learned = new ArrayList<>();
            List<ChangeAuthor> authors = new ArrayList<>();
            for (CodeSighting sighting : unknown.values()) {
                String linkedBy = null;
                String owner = null;
                for (String type : domain.naturalKeyTypes()) {
                    String value = sighting.naturalKeys().get(type);
                    if (value != null && owners.get(type).containsKey(value)) {
                        owner = owners.get(type).get(value);
                        linkedBy = type + " " + value;
                        break;
                    }
                }
                if (owner != null) {
                    learned.add(new Mapping(null, domain.name(), system, sighting.code(), owner,
                            preferredTaken.add(owner), null, null));
                    authors.add(ChangeAuthor.rule("linked by " + linkedBy));
                } else if (mayCreate && sighting.masterData()) {
                    String code = codes.next();
                    Map<String, String> keys = new HashMap<>(sighting.naturalKeys());
                    keys.keySet().retainAll(domain.naturalKeyTypes());
                    entries.add(new CanonicalEntry(domain.name(), code, sighting.label(), keys));
                    // A later record of the batch with the same key links to this new entry.
                    keys.forEach((type, value) -> owners.get(type).put(value, code));
                    preferredTaken.add(code);
                    learned.add(new Mapping(null, domain.name(), system, sighting.code(), code, true, null, null));
                    authors.add(ChangeAuthor.rule("created from system of record " + system));
                }
            }
            tables.insertLearned(domain, entries, ChangeAuthor.rule("new master data from system of record " + system)
                    .actor(), learned, authors);
        });
    }

    /**
     * Codes a system assigned to canonical records (the record ids a CRM gives on create), recorded together:
     * the first code of a canonical record for that system is its preferred one, codes already mapped are left
     * as they are.
     */
    void recordAssigned(XrefDomain domain, String system, Map<String, String> canonicalByCode, ChangeAuthor author) {
        LocalDate today = LocalDate.now();
        Map<String, String> fresh = new LinkedHashMap<>();
        canonicalByCode.forEach((code, canonical) -> {
            if (tables.cache().canonicalOf(domain.name(), system, code, today) == null) {
                fresh.put(code, canonical);
            }
        });
        if (fresh.isEmpty()) {
            return;
        }
        tables.transactions().executeWithoutResult(status -> {
            tables.lockDomain(domain.name());
            MappingStore mappings = tables.mappingStore();
            mappings.forKeys(domain.name(), system, fresh.keySet()).forEach(m -> fresh.remove(m.externalCode()));
            if (fresh.isEmpty()) {
                return;
            }
            Set<String> preferredTaken = preferredTaken(domain, system, new HashSet<>(fresh.values()));
            List<Mapping> learned = new ArrayList<>();
            fresh.forEach((code, canonical) -> learned.add(new Mapping(null, domain.name(), system, code, canonical,
                    preferredTaken.add(canonical), null, null)));
            tables.insertLearned(domain, List.of(), author.actor(), learned,
                    java.util.Collections.nCopies(learned.size(), author));
        });
    }

    /** Which of these canonical codes already have a preferred code of the system, from today on (one query). */
    private Set<String> preferredTaken(XrefDomain domain, String system, Set<String> canonicalCodes) {
        LocalDate today = LocalDate.now();
        return canonicalCodes.isEmpty() ? new HashSet<>()
                : tables.mappingStore().forCanonicals(domain.name(), system, canonicalCodes).stream()
                .filter(m -> m.preferred() && (m.validTo() == null || m.validTo().isAfter(today)))
                .map(Mapping::canonicalCode).collect(Collectors.toCollection(HashSet::new));
    }

    /** Natural key type → value → the canonical code that owns it, for the keys the sightings carry. */
    private Map<String, Map<String, String>> owners(XrefDomain domain, Iterable<CodeSighting> sightings) {
        Map<String, Map<String, String>> owners = new HashMap<>();
        for (String type : domain.naturalKeyTypes()) {
            Set<String> values = new HashSet<>();
            sightings.forEach(s -> values.add(s.naturalKeys().get(type)));
            values.remove(null);
            owners.put(type, values.isEmpty() ? new HashMap<>()
                    : new HashMap<>(tables.canonicals().byNaturalKeys(domain.name(), type, values)));
        }
        return owners;
    }
}
