package io.passerelle.hub.connector.erp;

import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.HubInstance;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.sql.SqlEndpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For every declared ERP and each interface table it publishes, a camel-sql consumer that claims a batch
 * of rows atomically (so several hub instances never take the same row), hands the batch to the inbound
 * flow, and marks its rows DONE — or FAILED with their reasons — in one statement each. Should the hub fail
 * in between, the rows stay claimed until their lease expires and are taken again; the hub recognises
 * the changes it already has.
 */
@Component
public class ErpInboundRoutes extends RouteBuilder {

    private final ConnectedSystems systems;
    private final ErpDatabases databases;
    private final ErpInboundFlow flow;
    private final String instance;

    public ErpInboundRoutes(ConnectedSystems systems, ErpDatabases databases, ErpInboundFlow flow, HubInstance instance) {
        this.instance = instance.id();
        this.systems = systems;
        this.databases = databases;
        this.flow = flow;
    }

    @Override
    public void configure() {
        systems.systems().forEach((name, system) -> {
            if (system.type() == ConnectorType.ERP_STAGING_TABLES) {
                String dataSource = "erpDatabase-" + name;
                getContext().getRegistry().bind(dataSource, databases.of(name));
                for (StagingTable table : StagingTable.values()) {
                    JdbcTemplate erp = new JdbcTemplate(databases.of(name));
                    String schema = system.stagingTables().schema();
                    from(claimEndpoint(name, system, table, dataSource))
                            .routeId("erp-" + name + "-" + table.table)
                            .process(exchange -> {
                                List<Map<String, Object>> rows = exchange.getIn().getBody(List.class);
                                Map<Object, String> refused = flow.receiveAll(name, table, rows);
                                markProcessed(erp, schema, table, rows, refused);
                            });
                }
            }
        });
    }

    private static void markProcessed(JdbcTemplate erp, String schema, StagingTable table,
                                      List<Map<String, Object>> rows, Map<Object, String> refused) {
        Long[] done = rows.stream().map(row -> row.get("id")).filter(id -> !refused.containsKey(String.valueOf(id)))
                .map(id -> ((Number) id).longValue()).toArray(Long[]::new);
        if (done.length > 0) {
            erp.update(table.doneQuery(schema), (Object) done);
        }
        if (!refused.isEmpty()) {
            erp.update(table.failedQuery(schema),
                    refused.keySet().stream().map(id -> Long.valueOf(id.toString())).toArray(Long[]::new),
                    refused.values().toArray(String[]::new));
        }
    }

    private SqlEndpoint claimEndpoint(String name, SystemDeclaration system, StagingTable table, String dataSource) {
        String schema = system.stagingTables().schema();
        SqlEndpoint endpoint = getContext().getEndpoint("sql:claim-" + name + "-" + table.table
                + "?dataSource=#" + dataSource + "&delay=" + system.pollInterval().toMillis()
                + "&useIterator=false&routeEmptyResultSet=false"
                // A poll that found rows polls again at once: a backlog drains in batches back to back, and the
                // interval is only waited once the table has nothing left to claim.
                + "&greedy=true", SqlEndpoint.class);
        // Set in code rather than in the URI: the statement holds characters a URI would mangle.
        endpoint.setQuery(table.claimQuery(schema, instance, system.stagingTables().lease().toSeconds(),
                system.stagingTables().batchSize()));
        return endpoint;
    }
}
