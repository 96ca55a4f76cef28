package io.passerelle.hub.xref;

import io.passerelle.mappings.xref.MissingCodePolicy;
import io.passerelle.mappings.xref.XrefDomain;
import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Conversion-table domains as declared under {@code passerelle.xref} (config/conversion-tables.yml): a
 * new domain is a new entry here, nothing else. Seed tables are read from {@code seedDirectory}.
 */
@Validated
@ConfigurationProperties("passerelle.xref")
public record XrefProperties(@Valid Map<String, Domain> domains, Duration replaySweepInterval, Path seedDirectory) {

    /** The policy key for every system not named (a "*" would be dropped by Spring's map-key binding). */
    static final String OTHERS = "others";

    public XrefProperties {
        domains = domains == null ? Map.of() : new LinkedHashMap<>(domains);
        replaySweepInterval = replaySweepInterval == null ? Duration.ofSeconds(30) : replaySweepInterval;
    }

    /**
     * @param missingCode per system ({@code others} for every other system): reject, park, pass-through,
     *                    default:VALUE
     */
    public record Domain(boolean valueDomain, List<String> naturalKeys, String systemOfRecord, String codePrefix,
                         Map<String, String> missingCode) {
    }

    /** The domains, with every policy read; a bad one stops the start with its configuration key. */
    public List<XrefDomain> toDomains() {
        List<XrefDomain> result = new ArrayList<>();
        domains.forEach((name, domain) -> {
            Map<String, MissingCodePolicy> policies = new LinkedHashMap<>();
            if (domain.missingCode() != null) {
                domain.missingCode().forEach((system, text) -> {
                    try {
                        policies.put(OTHERS.equals(system) ? XrefDomain.ANY_SYSTEM : system,
                                MissingCodePolicy.parse(text));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("passerelle.xref.domains." + name + ".missing-code." + system
                                + ": " + e.getMessage(), e);
                    }
                });
            }
            result.add(new XrefDomain(name, domain.valueDomain(), domain.naturalKeys(), domain.systemOfRecord(),
                    domain.codePrefix(), policies));
        });
        return result;
    }
}
