package io.passerelle.hub.events;

import io.passerelle.canonical.Customer;
import io.passerelle.mappings.xref.ConversionTables;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What people call a canonical code: a customer's name, a plant's or line's name, a product's description.
 * Alerts are read by people, who know "line L2 in plant P1", not LIN-000005.
 */
@Component
public class Labels {

    private final CanonicalRecords records;
    /** Conversion-table labels by "domain code", remembered briefly: a burst of alerts names the same ones. */
    private final ExpiringLookup<List<String>, Optional<String>> canonicalLabels;

    public Labels(ConversionTables tables, CanonicalRecords records) {
        this.records = records;
        this.canonicalLabels = new ExpiringLookup<>(key -> tables.canonicalLabel(key.get(0), key.get(1)),
                Duration.ofSeconds(2));
    }

    public String customer(String id) {
        return records.customer(id).map(Customer::name).or(() -> label("customer", id)).orElse(id);
    }

    public String line(String plant, String line) {
        return label("plant", plant).orElse(plant) + "/" + label("production-line", line).orElse(line);
    }

    private Optional<String> label(String domain, String code) {
        return canonicalLabels.get(List.of(domain, code));
    }
}
