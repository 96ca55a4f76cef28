package io.passerelle.hub.connector.erp;

import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.HubInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, the interface rows a previous run of this hub claimed and never finished (it died) are taken again at
 * once, rather than when their lease expires: their claims' leases are ended, and the next poll claims them. Only
 * rows of holders {@link HubInstance#knownDead known dead} are touched; another instance's stay its own.
 */
@Component
public class ErpLeftClaims {

    private static final Logger log = LoggerFactory.getLogger(ErpLeftClaims.class);

    private final ConnectedSystems systems;
    private final ErpDatabases databases;
    private final HubInstance instance;

    public ErpLeftClaims(ConnectedSystems systems, ErpDatabases databases, HubInstance instance) {
        this.systems = systems;
        this.databases = databases;
        this.instance = instance;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void takeOver() {
        systems.systems().forEach((name, system) -> {
            if (system.type() != ConnectorType.ERP_STAGING_TABLES) {
                return;
            }
            JdbcTemplate erp = new JdbcTemplate(databases.of(name));
            String schema = system.stagingTables().schema();
            for (StagingTable table : StagingTable.values()) {
                String[] dead = instance.deadAmong(erp.queryForList(table.claimHoldersQuery(schema), String.class));
                if (dead.length > 0) {
                    int rows = erp.update(table.endLeasesQuery(schema), (Object) dead);
                    log.info("Starting: {} rows of {}.{} left claimed by a stopped instance of this machine taken over",
                            rows, schema, table.table);
                }
            }
        });
    }
}
