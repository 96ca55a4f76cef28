package io.passerelle.hub.connector.erp;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Customer;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.DeliveryOutcome;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.erp.ErpCustomerTranslator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes canonical customers into the ERP's from_hub_customer interface table, in the ERP's codes,
 * one batch per statement. The outbox entry id is unique there, so a delivery retried after a crash
 * never writes a row twice.
 */
@Component
public class ErpStagingAdapter implements OutboundAdapter {

    private final ErpDatabases databases;
    private final ErpCustomerTranslator customers;

    public ErpStagingAdapter(ErpDatabases databases, ErpCustomerTranslator customers) {
        this.databases = databases;
        this.customers = customers;
    }

    @Override
    public ConnectorType type() {
        return ConnectorType.ERP_STAGING_TABLES;
    }

    @Override
    public String deliver(String systemName, SystemDeclaration system, OutboxEntry entry) {
        List<DeliveryOutcome> outcomes = deliverAll(systemName, system, List.of(entry));
        DeliveryOutcome outcome = outcomes.get(0);
        if (!outcome.delivered()) {
            throw outcome.failure();
        }
        return outcome.note();
    }

    @Override
    public List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        List<OutboxEntry> writable = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            if (!"Customer".equals(entry.messageType())) {
                outcomes.add(DeliveryOutcome.failed(entry, DeliveryFailure.permanent(
                        "the ERP interface tables take no " + entry.messageType(), null)));
                continue;
            }
            try {
                Map<String, Object> c = customers.toErpColumns(CanonicalJson.read(entry.payload(), Customer.class),
                        systemName, "erp-customers-out");
                rows.add(new Object[] {entry.messageId(), entry.id(), c.get("canonical_id"), c.get("sold_to"),
                        c.get("name"), c.get("gln"), c.get("vat_number"), c.get("segment"), c.get("service_class"),
                        c.get("street"), c.get("postal_code"), c.get("city"), c.get("country")});
                writable.add(entry);
            } catch (UnmappedCodeException | IllegalArgumentException e) {
                outcomes.add(DeliveryOutcome.failed(entry, DeliveryFailure.permanent(e.getMessage(), e)));
            }
        }
        if (rows.isEmpty()) {
            return outcomes;
        }
        String table = system.stagingTables().schema() + ".from_hub_customer";
        try {
            new JdbcTemplate(databases.of(systemName)).batchUpdate("INSERT INTO " + table + " (hub_message_id,"
                    + " hub_outbox_id, canonical_id, sold_to, name, gln, vat_number, segment, service_class, street,"
                    + " postal_code, city, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (hub_outbox_id) DO NOTHING", rows);
            writable.forEach(entry -> outcomes.add(DeliveryOutcome.delivered(entry, "row in " + table)));
        } catch (DataAccessException e) {
            DeliveryFailure failure = DeliveryFailure.retriable("ERP database: " + e.getMostSpecificCause().getMessage(), e);
            writable.forEach(entry -> outcomes.add(DeliveryOutcome.failed(entry, failure)));
        }
        return outcomes;
    }
}
