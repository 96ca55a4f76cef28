package io.passerelle.hub.events;

import io.passerelle.canonical.Customer;
import io.passerelle.mappings.xref.ConversionTables;
import org.springframework.stereotype.Component;

/**
 * What people call a canonical code: a customer's name, a plant's or line's name, a product's description.
 * Alerts are read by people, who know "line L2 in plant P1", not LIN-000005.
 */
@Component
public class Labels {

    private final ConversionTables tables;
    private final CanonicalRecords records;

    public Labels(ConversionTables tables, CanonicalRecords records) {
        this.tables = tables;
        this.records = records;
    }

    public String customer(String id) {
        return records.customer(id).map(Customer::name).or(() -> tables.canonicalLabel("customer", id)).orElse(id);
    }

    public String line(String plant, String line) {
        return tables.canonicalLabel("plant", plant).orElse(plant) + "/"
                + tables.canonicalLabel("production-line", line).orElse(line);
    }
}
