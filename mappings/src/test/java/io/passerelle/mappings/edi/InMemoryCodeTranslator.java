package io.passerelle.mappings.edi;

import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.Translation;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversion tables' behaviour without their database, for tests of the EDI translations: known
 * mappings, canonical entries reachable by natural key (linking as the real engine does), and per
 * domain either pass-through or park for the rest. Every sighting is recorded, so tests can assert
 * which partner codes went through the tables and with which natural keys. The real engine on
 * PostgreSQL is exercised by {@code EdiCodeTranslationTest}.
 */
public class InMemoryCodeTranslator extends CodeTranslator {

    private final Map<String, String> mappings = new HashMap<>();
    private final Map<String, String> naturalKeys = new HashMap<>();
    private final Map<String, String> external = new HashMap<>();
    private final Set<String> passThroughDomains = new HashSet<>();
    private final List<CodeSighting> sightings = new ArrayList<>();

    public InMemoryCodeTranslator() {
        super(null, null);
    }

    /** Codes of this domain nobody mapped are carried unchanged, as the pass-through policy does. */
    public InMemoryCodeTranslator passThrough(String domain) {
        passThroughDomains.add(domain);
        return this;
    }

    public InMemoryCodeTranslator map(String domain, String system, String code, String canonical) {
        mappings.put(domain + "|" + system + "|" + code, canonical);
        external.put(domain + "|" + system + "|" + canonical, code);
        return this;
    }

    /** A canonical entry with a natural key (gtin, gln, iso), which partner codes carrying it link to. */
    public InMemoryCodeTranslator canonical(String domain, String keyType, String keyValue, String canonical) {
        naturalKeys.put(domain + "|" + keyType + "|" + keyValue, canonical);
        return this;
    }

    public List<CodeSighting> sightings() {
        return sightings;
    }

    @Override
    public Translation toCanonical(CodeSighting sighting) {
        sightings.add(sighting);
        String known = mappings.get(sighting.domain() + "|" + sighting.system() + "|" + sighting.code());
        if (known != null) {
            return new Translation(known, Translation.How.MAPPED);
        }
        for (Map.Entry<String, String> key : sighting.naturalKeys().entrySet()) {
            String linked = naturalKeys.get(sighting.domain() + "|" + key.getKey() + "|" + key.getValue());
            if (linked != null) {
                map(sighting.domain(), sighting.system(), sighting.code(), linked);
                return new Translation(linked, Translation.How.LINKED);
            }
        }
        if (passThroughDomains.contains(sighting.domain())) {
            return new Translation(sighting.code(), Translation.How.PASSED_THROUGH);
        }
        throw new UnmappedCodeException(sighting, true);
    }

    @Override
    public String toExternal(String domain, String system, String canonicalCode, String flow) {
        String code = external.get(domain + "|" + system + "|" + canonicalCode);
        if (code != null) {
            return code;
        }
        if (passThroughDomains.contains(domain)) {
            return canonicalCode;
        }
        throw new UnmappedCodeException(CodeSighting.reference(domain, system, canonicalCode, flow), true);
    }
}
