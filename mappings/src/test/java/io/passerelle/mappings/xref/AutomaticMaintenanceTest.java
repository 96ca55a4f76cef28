package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutomaticMaintenanceTest {

    XrefTestBed hub;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private static CodeSighting productMaster(String system, String code, String gtin, String label) {
        return new CodeSighting("product", system, code, label, gtin == null ? Map.of() : Map.of("gtin", gtin),
                true, system + "-product-master", "msg-" + code, "{\"code\":\"" + code + "\"}");
    }

    @Test
    void theSystemOfRecordCreatesTheCanonicalEntryAndItsMapping() {
        Translation first = hub.translator.toCanonical(productMaster("erp", "4711", "4006381333931", "Chocolate bar 100 g"));

        assertThat(first.how()).isEqualTo(Translation.How.CREATED);
        assertThat(first.canonicalCode()).matches("PRD-\\d{6}");
        assertThat(hub.tables.searchCanonical("product", "chocolate", 10))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.code()).isEqualTo(first.canonicalCode());
                    assertThat(entry.naturalKeys()).containsEntry("gtin", "4006381333931");
                });
        Mapping mapping = hub.tables.search("product", "erp", "4711", 10).get(0);
        assertThat(mapping.preferred()).isTrue();
        assertThat(hub.tables.history(mapping.id())).singleElement().satisfies(audit -> {
            assertThat(audit.source()).isEqualTo(ChangeSource.AUTOMATIC_RULE);
            assertThat(audit.reason()).isEqualTo("created from system of record erp");
            assertThat(audit.before()).isNull();
            assertThat(audit.after().canonicalCode()).isEqualTo(first.canonicalCode());
        });

        Translation again = hub.translator.toCanonical(productMaster("erp", "4711", "4006381333931", "Chocolate bar 100 g"));
        assertThat(again).isEqualTo(new Translation(first.canonicalCode(), Translation.How.MAPPED));
        assertThat(hub.tables.searchCanonical("product", null, 10)).hasSize(1);
    }

    @Test
    void aRecordFromAnotherSystemWithTheSameGtinIsLinked() {
        String canonical = hub.translator.toCanonical(productMaster("erp", "4711", "4006381333931", "Chocolate bar"))
                .canonicalCode();

        Translation crm = hub.translator.toCanonical(productMaster("crm", "01t5g000001", "4006381333931", "Choc bar"));

        assertThat(crm).isEqualTo(new Translation(canonical, Translation.How.LINKED));
        Mapping link = hub.tables.search("product", "crm", "01t5g000001", 10).get(0);
        assertThat(hub.tables.history(link.id()).get(0).reason()).isEqualTo("linked by gtin 4006381333931");
        assertThat(hub.translator.toExternal("product", "crm", canonical, "crm-products")).isEqualTo("01t5g000001");
        // The cache catches up with learned codes within moments (bulk loads reload it once, not per code).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> "01t5g000001".equals(
                hub.tables.cache().externalOf("product", "crm", canonical, java.time.LocalDate.now())));
        assertThat(hub.inbox.list(InboxFilter.open(), 10)).isEmpty();
    }

    @Test
    void aCustomerIsLinkedByGlnAndAnotherByVatNumber() {
        CodeSighting crmAccount = new CodeSighting("customer", "crm", "0015g00000R", "Retailer R",
                Map.of("gln", "5412345000013", "vat", "BE0123456789"), true, "crm-accounts", "m1", null);
        String canonical = hub.translator.toCanonical(crmAccount).canonicalCode();
        assertThat(canonical).startsWith("CUS-");

        Translation byGln = hub.translator.toCanonical(new CodeSighting("customer", "erp", "4711", "RETAILER R SA",
                Map.of("gln", "5412345000013"), true, "erp-customers", "m2", null));
        Translation byVat = hub.translator.toCanonical(new CodeSighting("customer", "wms", "R-01", null,
                Map.of("vat", "BE0123456789"), false, "wms-shipments", "m3", null));

        assertThat(byGln).isEqualTo(new Translation(canonical, Translation.How.LINKED));
        assertThat(byVat).isEqualTo(new Translation(canonical, Translation.How.LINKED));
    }

    @Test
    void aReferenceFromTheSystemOfRecordIsNotMasterDataAndCreatesNothing() {
        CodeSighting orderLine = new CodeSighting("product", "erp", "9999", null, Map.of(), false, "erp-orders", "m", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hub.translator.toCanonical(orderLine))
                .isInstanceOf(UnmappedCodeException.class)
                .hasMessage("no product mapping for erp code '9999': rejected (policy for product/erp is reject)");
        assertThat(hub.tables.searchCanonical("product", null, 10)).isEmpty();
        assertThat(hub.inbox.list(InboxFilter.open(), 10)).extracting(InboxEntry::externalCode).containsExactly("9999");
    }

    @Test
    void unknownCodesLandInTheInboxWithCountsFlowsAndRankedSuggestions() {
        hub.translator.toCanonical(productMaster("erp", "4711", "4006381333931", "Chocolate bar 100 g"));
        hub.translator.toCanonical(productMaster("erp", "4712", "4006381333948", "Vanilla ice cream 1 l"));
        CodeSighting unknown = new CodeSighting("product", "crm", "X-99", "Chocolate bar 100g", Map.of(), false,
                "crm-promotions", "p1", "{\"product\":\"X-99\"}");

        for (String flow : List.of("crm-promotions", "crm-launch-dates", "crm-promotions")) {
            CodeSighting seen = new CodeSighting(unknown.domain(), unknown.system(), unknown.code(), unknown.label(),
                    unknown.naturalKeys(), false, flow, "p", unknown.sample());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> hub.translator.toCanonical(seen))
                    .isInstanceOf(UnmappedCodeException.class)
                    .satisfies(e -> assertThat(((UnmappedCodeException) e).mustPark()).isTrue());
        }

        InboxEntry entry = hub.inbox.list(new InboxFilter("product", "crm", "OPEN", 2, null, null), 10).get(0);
        assertThat(entry.externalCode()).isEqualTo("X-99");
        assertThat(entry.occurrences()).isEqualTo(3);
        assertThat(entry.flows()).containsExactly("crm-launch-dates", "crm-promotions");
        assertThat(entry.sampleMessage()).isEqualTo("{\"product\":\"X-99\"}");
        assertThat(entry.firstSeen()).isBeforeOrEqualTo(entry.lastSeen());
        assertThat(entry.suggestions()).isNotEmpty();
        Suggestion best = entry.suggestions().get(0);
        assertThat(best.label()).isEqualTo("Chocolate bar 100 g");
        assertThat(best.why()).startsWith("name similar to 'Chocolate bar 100g'");
        assertThat(entry.suggestions()).extracting(Suggestion::label).doesNotContain("Vanilla ice cream 1 l");
        assertThat(hub.inbox.list(new InboxFilter("product", "crm", "OPEN", 4, null, null), 10)).isEmpty();
    }

    @Test
    void aNaturalKeyMatchRanksFirstAndBulkAcceptTakesOnlyWhatReachesTheThreshold() {
        String chocolate = hub.translator.toCanonical(productMaster("erp", "4711", "4006381333931", "Chocolate bar 100 g"))
                .canonicalCode();
        // Seen by the WMS before the ERP published it: nothing to link then, so it waits in the inbox.
        hub.jdbc.update("INSERT INTO xref_unmapped (domain, system, external_code, label, natural_keys)"
                + " VALUES ('product', 'wms', 'ITM-1', 'CHOC BAR', '{\"gtin\": \"4006381333931\"}')");
        hub.jdbc.update("INSERT INTO xref_unmapped (domain, system, external_code, label)"
                + " VALUES ('product', 'wms', 'ITM-2', 'Chocolate bar 100 g family pack')");

        List<InboxEntry> open = hub.inbox.list(InboxFilter.open(), 10);
        InboxEntry byGtin = open.stream().filter(e -> e.externalCode().equals("ITM-1")).findFirst().orElseThrow();
        assertThat(byGtin.suggestions().get(0)).isEqualTo(
                new Suggestion(chocolate, "Chocolate bar 100 g", 1.0, "same gtin 4006381333931"));

        UnmappedCodeInbox.BulkAcceptReport report = hub.inbox.acceptAbove(0.95, "product",
                ChangeAuthor.steward("sophie", "weekly review"));

        assertThat(report.accepted()).extracting(Mapping::externalCode).containsExactly("ITM-1");
        assertThat(report.belowThreshold()).isEqualTo(1);
        assertThat(hub.tables.cache().canonicalOf("product", "wms", "ITM-1", java.time.LocalDate.now()))
                .isEqualTo(chocolate);
        assertThat(hub.inbox.list(InboxFilter.open(), 10)).extracting(InboxEntry::externalCode).containsExactly("ITM-2");
        Mapping accepted = report.accepted().get(0);
        assertThat(hub.tables.history(accepted.id()).get(0).reason())
                .isEqualTo("weekly review (suggestion: same gtin 4006381333931, confidence 1.0)");
    }

    @Test
    void aCodeSeenBeforeItsSystemOfRecordPublishedIsLinkedWhenItDoes() {
        CodeSighting early = new CodeSighting("product", "wms", "ITM-7", "CHOC BAR", Map.of("gtin", "4006381333931"),
                false, "wms-stock", "s1", "STOCK;ITM-7;12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hub.translator.toCanonical(early))
                .isInstanceOf(UnmappedCodeException.class);

        String canonical = hub.translator.toCanonical(productMaster("erp", "4711", "4006381333931", "Chocolate bar"))
                .canonicalCode();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(2)).until(() -> canonical.equals(
                hub.tables.cache().canonicalOf("product", "wms", "ITM-7", java.time.LocalDate.now())));
        Mapping link = hub.tables.search("product", "wms", "ITM-7", 10).get(0);
        assertThat(hub.tables.history(link.id()).get(0).reason())
                .isEqualTo("linked by gtin 4006381333931 when the canonical entry was created");
        assertThat(hub.inbox.list(InboxFilter.open(), 10)).isEmpty();
    }
}
