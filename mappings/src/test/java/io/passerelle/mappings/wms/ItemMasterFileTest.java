package io.passerelle.mappings.wms;

import static io.passerelle.mappings.wms.WmsTables.GTIN_BOLT;
import static io.passerelle.mappings.wms.WmsTables.GTIN_NUT;
import static io.passerelle.mappings.wms.WmsTables.GTIN_WIDGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ItemMasterFileTest {

    static final FlatFileLayout ITEMS = FlatFileLayout.csv(";", true, List.of(Column.named("item"), Column.named("gtin"),
            Column.named("description"), Column.named("unit"), Column.named("status")));

    static WmsTables tables;

    @BeforeAll
    static void tables() {
        tables = new WmsTables();
    }

    @Test
    void productsAreWrittenInTheWmsItemCodesAndUnits() {
        ItemMasterFile file = new ItemMasterFile(ITEMS, new WmsCodes(tables.translator, "wms", "test"));

        file.add(product("PRD-000001", GTIN_WIDGET, "Widget", "H87"));
        file.add(product("PRD-000002", GTIN_BOLT, "Bolt M6", "KGM"));

        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo(
                "item;gtin;description;unit;status\n"
                        + "W-100;4006381333931;Widget;PCE;ACTIVE\n"
                        + "W-200;5412345000020;Bolt M6;KG;ACTIVE\n");
    }

    @Test
    void aProductThatCannotBeWrittenLeavesTheFileAsItWas() {
        ItemMasterFile file = new ItemMasterFile(ITEMS, new WmsCodes(tables.translator, "strict-wms", "test"));
        file.add(product("PRD-000001", GTIN_WIDGET, "Widget", "H87"));

        assertThatThrownBy(() -> file.add(product("PRD-000003", GTIN_NUT, "Nut M6", "KGM")))
                .isInstanceOf(UnwritableRecordException.class)
                .hasMessage("column item: no product mapping for strict-wms code 'PRD-000003': rejected"
                        + " (policy for product/strict-wms is reject)");
        assertThatThrownBy(() -> file.add(product("PRD-000002", GTIN_BOLT, "Bolt M6", "LTR")))
                .isInstanceOf(UnwritableRecordException.class)
                .satisfies(e -> assertThat(((UnwritableRecordException) e).column()).isEqualTo("unit"));

        assertThat(file.size()).isEqualTo(1);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).endsWith("W-100;4006381333931;Widget;PCE;ACTIVE\n");
    }

    static Product product(String id, String gtin, String description, String unit) {
        return new Product(id, gtin, description, unit, new ProductLifecycle(ProductStatus.ACTIVE, null, null));
    }
}
