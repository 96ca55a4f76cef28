package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissingCodePolicyTest {

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
    void policiesAreReadFromTheirConfigurationForm() {
        assertThat(MissingCodePolicy.parse("park")).isEqualTo(MissingCodePolicy.park());
        assertThat(MissingCodePolicy.parse("default:EA")).isEqualTo(MissingCodePolicy.defaultTo("EA"));
        assertThat(MissingCodePolicy.parse("pass-through")).isEqualTo(MissingCodePolicy.passThrough());
        assertThatThrownBy(() -> MissingCodePolicy.parse("ignore"))
                .hasMessage("unknown missing-code policy 'ignore': expected reject, park, pass-through or default:<value>");
    }
}
