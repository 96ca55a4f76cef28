package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A claimed batch of master data learned at once follows the same rules as code by code. */
class BulkLearningTest {

    XrefTestBed hub;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private static CodeSighting erpProduct(String code, String gtin) {
        return new CodeSighting("product", "erp", code, "Product " + code, gtin == null ? Map.of() : Map.of("gtin", gtin),
                true, "erp-products", null, null);
    }

    private String cached(String code) {
        return hub.tables.cache().canonicalOf("product", "erp", code, LocalDate.now());
    }

    @Test
    void aBatchCreatesLinksAndSharesEntriesAsOneByOneWould() {
        String known = hub.translator.toCanonical(erpProduct("MAT-0", "4006381333931")).canonicalCode();
        CanonicalEntry ownedElsewhere = hub.tables.createCanonical("product", "PRD-PLM-1", "From the PLM",
                Map.of("gtin", "4000000000017"), ChangeAuthor.steward("steward", "PLM import"));
        int mappingsBefore = hub.tables.allOf("product").size();

        hub.translator.learnAll(List.of(
                erpProduct("MAT-0", "4006381333931"),   // already mapped: untouched
                erpProduct("MAT-1", "4000000000024"),   // new: creates
                erpProduct("MAT-2", "4000000000017"),   // its GTIN is owned: links
                erpProduct("MAT-3", "4000000000031"),   // new: creates ...
                erpProduct("MAT-4", "4000000000031"),   // ... and a second code with the same GTIN links to it
                erpProduct("MAT-5", null),              // no GTIN: creates
                erpProduct("MAT-1", "4000000000024"))); // twice in the batch: learned once

        // In this instance's cache at once: the next record of the load finds its code without a round trip.
        assertThat(cached("MAT-0")).isEqualTo(known);
        assertThat(cached("MAT-1")).matches("PRD-\\d{6}").isNotEqualTo(known);
        assertThat(cached("MAT-2")).isEqualTo(ownedElsewhere.code());
        assertThat(cached("MAT-4")).isEqualTo(cached("MAT-3"));
        assertThat(cached("MAT-5")).matches("PRD-\\d{6}");
        assertThat(hub.tables.allOf("product")).hasSize(mappingsBefore + 5);
        assertThat(hub.tables.searchCanonical("product", null, 100)).hasSize(5);
        assertThat(hub.tables.canonicalByNaturalKey("product", "gtin", "4000000000031")).contains(cached("MAT-3"));

        Mapping linked = hub.tables.search("product", "erp", "MAT-2", 10).get(0);
        assertThat(linked.preferred()).isTrue();
        assertThat(hub.tables.history(linked.id())).singleElement()
                .satisfies(audit -> assertThat(audit.reason()).isEqualTo("linked by gtin 4000000000017"));
        Mapping alias = hub.tables.search("product", "erp", "MAT-4", 10).get(0);
        assertThat(alias.preferred()).as("the second code of one entry is an alias").isFalse();
        assertThat(hub.tables.history(alias.id())).singleElement()
                .satisfies(audit -> assertThat(audit.reason()).isEqualTo("linked by gtin 4000000000031"));
        Mapping created = hub.tables.search("product", "erp", "MAT-1", 10).get(0);
        assertThat(hub.tables.history(created.id())).singleElement().satisfies(audit -> {
            assertThat(audit.source()).isEqualTo(ChangeSource.AUTOMATIC_RULE);
            assertThat(audit.reason()).isEqualTo("created from system of record erp");
            assertThat(audit.after()).isEqualTo(created);
        });
        // Every code translates as one by one would, with no new entry.
        assertThat(hub.translator.toCanonical(erpProduct("MAT-4", "4000000000031")))
                .isEqualTo(new Translation(cached("MAT-3"), Translation.How.MAPPED));
    }

    @Test
    void aCodeWaitingForTheGtinIsLinkedAndItsParkedMessageReplayed() {
        List<String> replayed = new CopyOnWriteArrayList<>();
        hub.parking.register("crm-products", message -> replayed.add(message.body()));
        CodeSighting crmProduct = new CodeSighting("product", "crm", "01t-CHOC", "Choc bar",
                Map.of("gtin", "4000000000048"), true, "crm-products", "m-1", "{}");
        try {
            hub.translator.toCanonical(crmProduct);
        } catch (UnmappedCodeException parked) {
            hub.parking.park(parked, "m-1", "the CRM's product change", Map.of());
        }
        assertThat(replayed).isEmpty();

        hub.translator.learnAll(List.of(erpProduct("MAT-9", "4000000000048")));

        String canonical = cached("MAT-9");
        await().atMost(Duration.ofSeconds(10)).until(() -> replayed.size() == 1);
        assertThat(replayed).containsExactly("the CRM's product change");
        assertThat(hub.tables.search("product", "crm", "01t-CHOC", 10)).singleElement()
                .satisfies(m -> assertThat(m.canonicalCode()).isEqualTo(canonical));
        assertThat(hub.inbox.list(InboxFilter.open(), 10)).isEmpty();
    }
}
