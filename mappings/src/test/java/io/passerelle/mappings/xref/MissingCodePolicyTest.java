package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissingCodePolicyTest {

    private static final ChangeAuthor STEWARD = ChangeAuthor.steward("steward", "test");

    XrefTestBed hub;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void defaultPolicySuppliesTheDeclaredValueAndStillTellsTheSteward() {
        Translation t = hub.translator.toCanonical(CodeSighting.reference("unit-of-measure", "wms", "STK", "wms-stock"));

        assertThat(t).isEqualTo(new Translation("C62", Translation.How.DEFAULTED));
        assertThat(hub.inbox.list(InboxFilter.open(), 10)).extracting(InboxEntry::externalCode).containsExactly("STK");
    }

    @Test
    void passThroughPolicyCarriesTheCodeUnchanged() {
        Translation t = hub.translator.toCanonical(CodeSighting.reference("unit-of-measure", "edi", "PCE", "edi-orders"));

        assertThat(t).isEqualTo(new Translation("PCE", Translation.How.PASSED_THROUGH));
    }

    @Test
    void parkAndRejectAreDistinguished() {
        assertThatThrownBy(() -> hub.translator.toCanonical(CodeSighting.reference("customer", "erp", "4711", "erp-orders")))
                .isInstanceOfSatisfying(UnmappedCodeException.class, e -> assertThat(e.mustPark()).isTrue())
                .hasMessage("no customer mapping for erp code '4711': message parked until a steward maps it");
        assertThatThrownBy(() -> hub.translator.toCanonical(CodeSighting.reference("plant", "erp", "1000", "erp-lines")))
                .isInstanceOfSatisfying(UnmappedCodeException.class, e -> assertThat(e.mustPark()).isFalse());
    }

    @Test
    void manyCodesAreTranslatedTogetherUnderTheSamePolicies() {
        hub.tables.createCanonical("unit-of-measure", "H87", "piece", Map.of("iso", "H87"), STEWARD);
        hub.tables.createCanonical("unit-of-measure", "KGM", "kilogram", Map.of("iso", "KGM"), STEWARD);
        hub.tables.create(new Mapping(null, "unit-of-measure", "wms", "PCS", "H87", true, null, null), STEWARD);
        hub.tables.createCanonical("product", "PRD-1", "Product 1", Map.of(), STEWARD);
        hub.tables.createCanonical("product", "PRD-2", "Product 2", Map.of(), STEWARD);
        hub.tables.create(new Mapping(null, "product", "crm", "01t-1", "PRD-1", true, null, null), STEWARD);

        assertThat(hub.translator.toExternalAll("unit-of-measure", "wms", List.of("H87", "KGM")))
                .as("mapped, and the domain's default for wms").isEqualTo(Map.of("H87", "PCS", "KGM", "C62"));
        assertThat(hub.translator.toExternalAll("unit-of-measure", "edi", List.of("KGM")))
                .as("passed through for edi").isEqualTo(Map.of("KGM", "KGM"));
        assertThat(hub.translator.toExternalAll("product", "crm", List.of("PRD-1", "PRD-2")))
                .as("a parked code is left out").isEqualTo(Map.of("PRD-1", "01t-1"));
        assertThatThrownBy(() -> hub.translator.toExternal("product", "crm", "PRD-2", "crm-products"))
                .isInstanceOfSatisfying(UnmappedCodeException.class, e -> assertThat(e.mustPark()).isTrue());
    }

    @Test
    void policiesAreReadFromTheirConfigurationForm() {
        assertThat(MissingCodePolicy.parse("park")).isEqualTo(MissingCodePolicy.park());
        assertThat(MissingCodePolicy.parse("default:EA")).isEqualTo(MissingCodePolicy.defaultTo("EA"));
        assertThat(MissingCodePolicy.parse("pass-through")).isEqualTo(MissingCodePolicy.passThrough());
        assertThatThrownBy(() -> MissingCodePolicy.parse("ignore"))
                .hasMessage("unknown missing-code policy 'ignore': expected reject, park, pass-through or default:<value>");
    }
}
