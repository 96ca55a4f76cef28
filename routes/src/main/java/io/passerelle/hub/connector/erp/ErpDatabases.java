package io.passerelle.hub.connector.erp;

import com.zaxxer.hikari.HikariDataSource;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.StagingTables;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** The database of each declared ERP: its own when it has a JDBC URL, else the hub's (the embedded demo). */
@Component
public class ErpDatabases implements DisposableBean {

    private final Map<String, DataSource> bySystem = new HashMap<>();
    private final Map<String, HikariDataSource> owned = new HashMap<>();

    public ErpDatabases(ConnectedSystems systems, DataSource hubDatabase) {
        systems.systems().forEach((name, system) -> {
            if (system.type() != ConnectorType.ERP_STAGING_TABLES) {
                return;
            }
            StagingTables tables = system.stagingTables();
            if (!StringUtils.hasText(tables.jdbcUrl())) {
                bySystem.put(name, hubDatabase);
                return;
            }
            HikariDataSource own = new HikariDataSource();
            own.setPoolName("erp-" + name);
            own.setJdbcUrl(tables.jdbcUrl());
            own.setUsername(tables.username());
            own.setPassword(tables.password());
            own.setMaximumPoolSize(5);
            if (tables.jdbcUrl().startsWith("jdbc:postgresql:")) {
                // A delivery round's rows go as multi-row inserts rather than one statement each.
                own.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
            owned.put(name, own);
            bySystem.put(name, own);
        });
    }

    public DataSource of(String system) {
        DataSource dataSource = bySystem.get(system);
        if (dataSource == null) {
            throw new IllegalArgumentException("'" + system + "' is not a declared erp-staging-tables system");
        }
        return dataSource;
    }

    @Override
    public void destroy() {
        owned.values().forEach(HikariDataSource::close);
    }
}
