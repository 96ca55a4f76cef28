package io.passerelle.hub.connector.erp;

import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.SystemDeclaration;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.sql.SqlEndpoint;
import org.springframework.stereotype.Component;

/**
 * For every declared ERP and each interface table it publishes, a camel-sql consumer that claims rows
 * atomically (so several hub instances never take the same row), hands each to the master-data flow,
 * and marks it DONE — or FAILED with the reason.
 */
@Component
public class ErpInboundRoutes extends RouteBuilder {

    private final ConnectedSystems systems;
    private final ErpDatabases databases;
    private final ErpInboundFlow flow;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName().replaceAll("[^A-Za-z0-9@._-]", "")
            + "/" + UUID.randomUUID();

    public ErpInboundRoutes(ConnectedSystems systems, ErpDatabases databases, ErpInboundFlow flow) {
        this.systems = systems;
        this.databases = databases;
        this.flow = flow;
    }

    @Override
    public void configure() {
        // A refused row is marked FAILED with its reason and tracked; one log line says so, no stack trace.
        errorHandler(defaultErrorHandler().logExhausted(false));
        systems.systems().forEach((name, system) -> {
            if (system.type() == ConnectorType.ERP_STAGING_TABLES) {
                String dataSource = "erpDatabase-" + name;
                getContext().getRegistry().bind(dataSource, databases.of(name));
                for (StagingTable table : StagingTable.values()) {
                    from(claimEndpoint(name, system, table, dataSource))
                            .routeId("erp-" + name + "-" + table.table)
                            .process(exchange -> flow.receive(name, table, exchange.getIn().getBody(Map.class)));
                }
            }
        });
    }

    private SqlEndpoint claimEndpoint(String name, SystemDeclaration system, StagingTable table, String dataSource) {
        String schema = system.stagingTables().schema();
        SqlEndpoint endpoint = getContext().getEndpoint("sql:claim-" + name + "-" + table.table
                + "?dataSource=#" + dataSource + "&delay=" + system.pollInterval().toMillis()
                + "&useIterator=true&routeEmptyResultSet=false&breakBatchOnConsumeFail=false", SqlEndpoint.class);
        // Set in code rather than in the URI: the statements hold characters a URI would mangle. Named
        // parameters are therefore written :?name, the form camel-sql has after it replaces # in a URI.
        endpoint.setQuery(table.claimQuery(schema, instance, system.stagingTables().lease().toSeconds(),
                system.stagingTables().batchSize()));
        endpoint.setOnConsume(table.doneQuery(schema));
        endpoint.setOnConsumeFailed(table.failedQuery(schema));
        return endpoint;
    }
}
