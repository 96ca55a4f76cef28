package io.passerelle.mappings.wms;

import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import io.passerelle.mappings.xref.MissingCodePolicy;
import io.passerelle.mappings.xref.UnmappedCodeInbox;
import io.passerelle.mappings.xref.XrefDomain;
import io.passerelle.mappings.xref.XrefDomains;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The conversion tables a WMS flow translates through, on a real PostgreSQL database: two WMS systems,
 * "wms" whose unknown units default to C62 (the shipped configuration) and "strict-wms" whose unknown
 * codes are rejected; unknown items park for both, as shipped.
 */
final class WmsTables {

    static final String GTIN_WIDGET = "4006381333931";
    static final String GTIN_BOLT = "5412345000020";
    static final String GTIN_NUT = "5412345000037";

    final ConversionTables tables;
    final CodeTranslator translator;

    WmsTables() {
        DataSource dataSource = SharedPostgres.newDatabase("wms");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/mappings").load().migrate();
        XrefDomains domains = new XrefDomains(List.of(
                new XrefDomain(WmsCodes.PRODUCT, false, List.of("gtin"), "erp", "PRD",
                        Map.of("*", MissingCodePolicy.park(), "strict-wms", MissingCodePolicy.reject())),
                new XrefDomain(WmsCodes.UNIT, true, List.of("iso"), null, null,
                        Map.of("wms", MissingCodePolicy.defaultTo("C62"), "*", MissingCodePolicy.reject()))));
        tables = new ConversionTables(domains, dataSource, new DataSourceTransactionManager(dataSource));
        translator = new CodeTranslator(tables, new UnmappedCodeInbox(tables));
        ChangeAuthor steward = ChangeAuthor.steward("test", "test data");
        tables.createCanonical(WmsCodes.PRODUCT, "PRD-000001", "Widget", Map.of("gtin", GTIN_WIDGET), steward);
        tables.createCanonical(WmsCodes.PRODUCT, "PRD-000002", "Bolt M6", Map.of("gtin", GTIN_BOLT), steward);
        tables.createCanonical(WmsCodes.PRODUCT, "PRD-000003", "Nut M6", Map.of("gtin", GTIN_NUT), steward);
        for (String unit : List.of("H87", "KGM", "C62")) {
            tables.createCanonical(WmsCodes.UNIT, null, unit, Map.of("iso", unit), steward);
        }
        for (String system : List.of("wms", "strict-wms")) {
            map(WmsCodes.PRODUCT, system, "W-100", "PRD-000001");
            map(WmsCodes.PRODUCT, system, "W-200", "PRD-000002");
            map(WmsCodes.UNIT, system, "PCE", "H87");
            map(WmsCodes.UNIT, system, "KG", "KGM");
        }
    }

    void map(String domain, String system, String code, String canonical) {
        map(domain, system, code, canonical, true);
    }

    /** preferred: the code written when the hub sends that canonical code to the system (one per canonical). */
    void map(String domain, String system, String code, String canonical, boolean preferred) {
        tables.create(new Mapping(null, domain, system, code, canonical, preferred, null, null),
                ChangeAuthor.steward("test", "WMS code"));
    }
}
