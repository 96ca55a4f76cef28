package io.passerelle.mappings.xref;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every flow calls to translate a code: the cache first; then the automatic rules (the system of
 * record creates, a shared natural key links); then the domain's missing-code policy for that system,
 * the code being recorded in the unmapped-code inbox either way.
 */
public class CodeTranslator {

    private final ConversionTables tables;
    private final UnmappedCodeInbox inbox;
    private final BulkLearning bulk;

    public CodeTranslator(ConversionTables tables, UnmappedCodeInbox inbox) {
        this.tables = tables;
        this.inbox = inbox;
        this.bulk = new BulkLearning(tables);
    }

    /**
     * Learns together what a batch of records teaches (a claimed batch of a system of record's master data),
     * in a few statements for the whole batch; once it returns, {@link #toCanonical} finds those codes in the
     * cache. Codes it cannot learn are left to {@link #toCanonical}, which applies the domain's policy.
     */
    public void learnAll(List<CodeSighting> sightings) {
        sightings.stream().collect(Collectors.groupingBy(s -> List.of(s.domain(), s.system()),
                        java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((key, group) -> bulk.learn(tables.domains().require(key.get(0)), key.get(1), group));
    }

    public Translation toCanonical(CodeSighting sighting) {
        XrefDomain domain = tables.domains().require(sighting.domain());
        LocalDate today = LocalDate.now();
        Optional<String> known = tables.canonicalCode(domain.name(), sighting.system(), sighting.code(), today);
        if (known.isPresent()) {
            return new Translation(known.get(), Translation.How.MAPPED);
        }
        Optional<Translation> learned = learn(domain, sighting);
        if (learned.isPresent()) {
            return learned.get();
        }
        inbox.record(sighting);
        MissingCodePolicy policy = domain.policyFor(sighting.system());
        return switch (policy.action()) {
            case REJECT -> throw new UnmappedCodeException(sighting, false);
            case PARK -> throw new UnmappedCodeException(sighting, true);
            case DEFAULT -> new Translation(policy.defaultValue(), Translation.How.DEFAULTED);
            case PASS_THROUGH -> new Translation(sighting.code(), Translation.How.PASSED_THROUGH);
        };
    }

    /**
     * True when the code is a canonical entry of the domain: a system that writes back the ids the hub gave it
     * (the CRM's Product2.ProductCode) names canonical codes, not codes of its own.
     */
    public boolean isCanonical(String domainName, String code) {
        return tables.canonicals().exists(tables.domains().require(domainName).name(), code);
    }

    /** A canonical code in a target system's own code (its preferred one), following the same policy. */
    public String toExternal(String domainName, String system, String canonicalCode, String flow) {
        XrefDomain domain = tables.domains().require(domainName);
        Optional<String> code = tables.externalCode(domain.name(), system, canonicalCode, LocalDate.now());
        if (code.isPresent()) {
            return code.get();
        }
        MissingCodePolicy policy = domain.policyFor(system);
        CodeSighting sighting = CodeSighting.reference(domainName, system, canonicalCode, flow);
        return switch (policy.action()) {
            case REJECT -> throw new UnmappedCodeException(sighting, false);
            case PARK -> throw new UnmappedCodeException(sighting, true);
            case DEFAULT -> policy.defaultValue();
            case PASS_THROUGH -> canonicalCode;
        };
    }

    /**
     * {@link #toExternal} for many canonical codes, with one query for all the cache lacks. A code the system
     * has no mapping for is answered by its domain's default or passed through, as its policy says; one whose
     * policy rejects or parks is left out, for {@link #toExternal} to refuse with the reason.
     */
    public Map<String, String> toExternalAll(String domainName, String system, Collection<String> canonicalCodes) {
        XrefDomain domain = tables.domains().require(domainName);
        Map<String, String> codes = new HashMap<>(tables.externalCodes(domain.name(), system, canonicalCodes,
                LocalDate.now()));
        MissingCodePolicy policy = domain.policyFor(system);
        for (String canonicalCode : canonicalCodes) {
            if (!codes.containsKey(canonicalCode)) {
                switch (policy.action()) {
                    case DEFAULT -> codes.put(canonicalCode, policy.defaultValue());
                    case PASS_THROUGH -> codes.put(canonicalCode, canonicalCode);
                    case REJECT, PARK -> { }
                }
            }
        }
        return codes;
    }

    private Optional<Translation> learn(XrefDomain domain, CodeSighting sighting) {
        boolean mayCreate = sighting.masterData() && domain.isSystemOfRecord(sighting.system());
        boolean mayLink = domain.naturalKeyTypes().stream().anyMatch(sighting.naturalKeys()::containsKey);
        if (!mayCreate && !mayLink) {
            return Optional.empty();
        }
        Translation result = tables.transactions().execute(status -> {
            tables.lockDomain(domain.name());
            LocalDate today = LocalDate.now();
            List<Mapping> sameKey = tables.mappingsForKey(domain.name(), sighting.system(), sighting.code());
            Optional<Mapping> current = sameKey.stream().filter(m -> m.validOn(today)).findFirst();
            if (current.isPresent()) {
                // Another instance learned it while we waited for the lock.
                return new Translation(current.get().canonicalCode(), Translation.How.MAPPED);
            }
            // After any earlier, retired mapping of the same code, so the periods do not overlap.
            LocalDate from = sameKey.isEmpty() ? null : today;
            for (String keyType : domain.naturalKeyTypes()) {
                String value = sighting.naturalKeys().get(keyType);
                Optional<String> owner = value == null ? Optional.empty()
                        : tables.canonicals().byNaturalKey(domain.name(), keyType, value);
                if (owner.isPresent()) {
                    tables.insertChecked(mapping(domain, sighting, owner.get(), from),
                            ChangeAuthor.rule("linked by " + keyType + " " + value));
                    return new Translation(owner.get(), Translation.How.LINKED);
                }
            }
            if (!mayCreate) {
                return null;
            }
            Map<String, String> keys = sighting.naturalKeys().entrySet().stream()
                    .filter(e -> domain.naturalKeyTypes().contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            CanonicalEntry entry = tables.insertCanonical(domain, null, sighting.label(), keys,
                    ChangeAuthor.rule("new master data from system of record " + sighting.system()));
            tables.insertChecked(mapping(domain, sighting, entry.code(), from),
                    ChangeAuthor.rule("created from system of record " + sighting.system()));
            return new Translation(entry.code(), Translation.How.CREATED);
        });
        return Optional.ofNullable(result);
    }

    private Mapping mapping(XrefDomain domain, CodeSighting sighting, String canonical, LocalDate from) {
        boolean preferred = tables.preferredFree(domain.name(), sighting.system(), canonical);
        return new Mapping(null, domain.name(), sighting.system(), sighting.code(), canonical, preferred, from, null);
    }
}
