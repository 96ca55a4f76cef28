package io.passerelle.mappings.crm;

import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import io.passerelle.mappings.xref.MissingCodePolicy;
import io.passerelle.mappings.xref.UnmappedCodeInbox;
import io.passerelle.mappings.xref.XrefDomain;
import io.passerelle.mappings.xref.XrefDomains;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The conversion tables the CRM translators use, on a fresh real PostgreSQL database, declared as the shipped
 * config/conversion-tables.yml declares them, plus a second CRM, crm-eu, whose unknown segments are rejected.
 */
final class CrmTables {

    static final String CRM = "crm";

    static final XrefDomains DOMAINS = new XrefDomains(List.of(
            new XrefDomain("customer", false, List.of("gln", "vat"), "crm", "CUS", Map.of("*", MissingCodePolicy.park())),
            new XrefDomain("customer-segment", false, List.of(), "crm", "SEG",
                    Map.of("*", MissingCodePolicy.park(), "crm-eu", MissingCodePolicy.reject())),
            new XrefDomain("unit-of-measure", true, List.of("iso"), null, null,
                    Map.of("*", MissingCodePolicy.reject(), "wms", MissingCodePolicy.defaultTo("C62"))),
            new XrefDomain("product", false, List.of("gtin"), "erp", "PRD", Map.of("*", MissingCodePolicy.park()))));

    final ConversionTables tables;
    final UnmappedCodeInbox inbox;
    final CodeTranslator translator;

    private CrmTables(DataSource dataSource) {
        tables = new ConversionTables(DOMAINS, dataSource, new DataSourceTransactionManager(dataSource));
        inbox = new UnmappedCodeInbox(tables);
        translator = new CodeTranslator(tables, inbox);
    }

    static CrmTables onNewDatabase() {
        DataSource dataSource = SharedPostgres.newDatabase("crm");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/mappings").load().migrate();
        return new CrmTables(dataSource);
    }

    /** A steward's mapping: the canonical entry and the system's code for it. */
    void map(String domain, String system, String externalCode, String canonicalCode, String label,
             Map<String, String> naturalKeys) {
        ChangeAuthor steward = ChangeAuthor.steward("sophie", "set up for the test");
        if (tables.searchCanonical(domain, canonicalCode, 10).stream().noneMatch(e -> e.code().equals(canonicalCode))) {
            tables.createCanonical(domain, canonicalCode, label, naturalKeys, steward);
        }
        tables.create(new Mapping(null, domain, system, externalCode, canonicalCode, true, null, null), steward);
    }

    /** From the table itself: the cache catches up with learned codes a moment later. */
    String canonicalOf(String domain, String system, String code) {
        return tables.search(domain, system, code, 100).stream()
                .filter(m -> m.externalCode().equals(code) && m.validOn(LocalDate.now()))
                .map(io.passerelle.mappings.xref.Mapping::canonicalCode).findFirst().orElse(null);
    }

    static String fixture(String name) {
        try (InputStream in = CrmTables.class.getResourceAsStream("/fixtures/salesforce/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
