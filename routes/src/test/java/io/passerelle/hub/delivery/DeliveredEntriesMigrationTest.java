package io.passerelle.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.mappings.testing.SharedPostgres;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database that ran an earlier hub, upgraded: the deliveries it recorded in the outbox move to the record of
 * deliveries with how they were delivered, what was still to do stays queued, and nothing is shown twice.
 */
class DeliveredEntriesMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/mappings", "classpath:db/migration/hub",
            "classpath:db/migration/erp"};

    @Test
    void deliveriesRecordedInTheOutboxMoveToTheRecordOfDeliveriesAndPendingOnesStayQueued() {
        DataSource dataSource = SharedPostgres.newDatabase("upgrade");
        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).target("2026.12.04.1800").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID message = UUID.randomUUID();
        jdbc.update("INSERT INTO hub_outbox (message_id, subscriber, entity_key, message_type, payload, status, attempts,"
                + " delivered_at) VALUES (?, 'crm', 'product:X', 'Product', '{\"id\":\"X\"}', 'DELIVERED', 1, now())", message);
        jdbc.update("INSERT INTO hub_outbox (message_id, subscriber, entity_key, message_type, payload, claimed_by,"
                + " lease_until) VALUES (?, 'wms', 'product:X', 'Product', '{\"id\":\"X\"}', 'old-instance', now())", message);
        jdbc.update("INSERT INTO hub_message_hop (message_id, system, step, detail) VALUES (?, 'erp', 'RECEIVED', NULL),"
                + " (?, 'crm', 'DELIVERED', 'PATCH Product2/Passerelle_Id__c/X -> 204')", message, message);

        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).load().migrate();

        assertThat(jdbc.queryForList("SELECT subscriber, status, attempts, delivered_as FROM hub_delivery"
                + " WHERE message_id = ? ORDER BY id", message)).containsExactly(
                Map.of("subscriber", "crm", "status", "DELIVERED", "attempts", 1,
                        "delivered_as", "PATCH Product2/Passerelle_Id__c/X -> 204"),
                nullDeliveredAs("wms", "PENDING", 0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hub_outbox", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT step FROM hub_message_hop WHERE message_id = ?", String.class, message))
                .as("the delivery's hop is its row in hub_delivered now, not repeated").containsExactly("RECEIVED");
    }

    private static Map<String, Object> nullDeliveredAs(String subscriber, String status, int attempts) {
        Map<String, Object> row = new HashMap<>(Map.of("subscriber", subscriber, "status", status,
                "attempts", attempts));
        row.put("delivered_as", null);
        return row;
    }
}
