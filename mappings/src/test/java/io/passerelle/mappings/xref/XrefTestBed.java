package io.passerelle.mappings.xref;

import io.passerelle.mappings.testing.SharedPostgres;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One hub instance's conversion-table engine on a real PostgreSQL database. Two beds on the same data
 * source behave as two hub instances sharing one database.
 */
final class XrefTestBed implements AutoCloseable {

    static final XrefDomains DOMAINS = new XrefDomains(List.of(
            new XrefDomain("product", false, List.of("gtin"), "erp", "PRD",
                    Map.of("crm", MissingCodePolicy.park(), "*", MissingCodePolicy.reject())),
            new XrefDomain("customer", false, List.of("gln", "vat"), "crm", "CUS",
                    Map.of("*", MissingCodePolicy.park())),
            new XrefDomain("unit-of-measure", true, List.of("iso"), null, null,
                    Map.of("wms", MissingCodePolicy.defaultTo("C62"), "edi", MissingCodePolicy.passThrough())),
            new XrefDomain("plant", false, List.of(), "erp", "PLT", Map.of())));

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final ConversionTables tables;
    final UnmappedCodeInbox inbox;
    final CodeTranslator translator;
    final ParkingLot parking;
    final MappingCsv csv;
    private final XrefChangeListener listener;

    private XrefTestBed(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tables = new ConversionTables(DOMAINS, dataSource, new DataSourceTransactionManager(dataSource));
        this.inbox = new UnmappedCodeInbox(tables);
        this.translator = new CodeTranslator(tables, inbox);
        this.parking = new ParkingLot(tables, inbox);
        this.csv = new MappingCsv(tables);
        this.listener = new XrefChangeListener(dataSource, tables::changeAnnounced, tables::reloadAll);
        listener.start();
    }

    static XrefTestBed onNewDatabase() {
        DataSource dataSource = SharedPostgres.newDatabase("xref");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/mappings").load().migrate();
        return new XrefTestBed(dataSource);
    }

    /** A second hub instance on the same database. */
    XrefTestBed secondInstance() {
        return new XrefTestBed(dataSource);
    }

    @Override
    public void close() {
        listener.close();
        parking.close();
    }
}
