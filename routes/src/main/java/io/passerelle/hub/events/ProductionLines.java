package io.passerelle.hub.events;

import io.passerelle.hub.connector.erp.ErpDatabases;
import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a production line makes, taken from the ERP that plans it (its production_line_product table), in
 * canonical product ids, with the lead time from the line's restart until each product ships again.
 */
@Component
public class ProductionLines {

    private static final Logger log = LoggerFactory.getLogger(ProductionLines.class);
    private static final String FLOW = "line-stoppage-impact";

    /** @param leadTimeDays days from the line's restart until the product can ship again */
    public record LineProduct(String productId, int leadTimeDays) {
    }

    private final ConnectedSystems systems;
    private final ErpDatabases databases;
    private final CodeTranslator codes;

    public ProductionLines(ConnectedSystems systems, ErpDatabases databases, CodeTranslator codes) {
        this.systems = systems;
        this.databases = databases;
        this.codes = codes;
    }

    public List<LineProduct> productsOn(String plant, String line) {
        List<LineProduct> products = new ArrayList<>();
        systems.systems().forEach((name, system) -> {
            if (system.type() != ConnectorType.ERP_STAGING_TABLES) {
                return;
            }
            String erpPlant;
            String erpLine;
            try {
                erpPlant = codes.toExternal("plant", name, plant, FLOW);
                erpLine = codes.toExternal("production-line", name, line, FLOW);
            } catch (UnmappedCodeException unknown) {
                log.debug("{} does not know line {}/{}: {}", name, plant, line, unknown.getMessage());
                return;
            }
            List<Map<String, Object>> rows = new JdbcTemplate(databases.of(name)).queryForList(
                    "SELECT material_number, lead_time_days FROM " + system.stagingTables().schema()
                            + ".production_line_product WHERE plant = ? AND line = ? ORDER BY material_number",
                    erpPlant, erpLine);
            for (Map<String, Object> row : rows) {
                String material = (String) row.get("material_number");
                try {
                    String product = codes.toCanonical(CodeSighting.reference("product", name, material, FLOW))
                            .canonicalCode();
                    products.add(new LineProduct(product, ((Number) row.get("lead_time_days")).intValue()));
                } catch (UnmappedCodeException unknown) {
                    // A material the hub has never seen has no orders in the hub either; the inbox shows it.
                    log.warn("Line {}/{} of {} makes {}, unknown to the hub: {}", plant, line, name, material,
                            unknown.getMessage());
                }
            }
        });
        return products;
    }
}
