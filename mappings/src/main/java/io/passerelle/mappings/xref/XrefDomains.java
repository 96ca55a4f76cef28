package io.passerelle.mappings.xref;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The domains declared in configuration; a new domain needs only a new declaration. */
public final class XrefDomains {

    private final Map<String, XrefDomain> byName = new LinkedHashMap<>();

    public XrefDomains(List<XrefDomain> domains) {
        domains.forEach(domain -> byName.put(domain.name(), domain));
    }

    public XrefDomain require(String name) {
        XrefDomain domain = byName.get(name);
        if (domain == null) {
            throw new XrefNotFound("unknown conversion-table domain '" + name + "': declared domains are "
                    + String.join(", ", byName.keySet()));
        }
        return domain;
    }

    public Collection<XrefDomain> all() {
        return byName.values();
    }
}
