package io.passerelle.mappings.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A promotion from the CRM names a product the hub does not know: the whole message waits, and goes
 * through — once, in arrival order — as soon as a steward maps the code.
 */
class ParkAndReplayTest {

    static final String FLOW = "crm-promotions";
    XrefTestBed hub;
    String chocolate;

    @BeforeEach
    void start() {
        hub = XrefTestBed.onNewDatabase();
        hub.jdbc.execute("CREATE TABLE promotion_delivered (seq serial, body text, product text)");
        chocolate = hub.translator.toCanonical(new CodeSighting("product", "erp", "4711", "Chocolate bar",
                Map.of("gtin", "4006381333931"), true, "erp-products", "m0", null)).canonicalCode();
        // The flow itself: translate the product, then deliver (here: a row in the same database).
        hub.parking.register(FLOW, message -> receive(message.body()));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private void receive(String body) {
        String crmProduct = body.substring(body.indexOf("product=") + "product=".length());
        String canonical = hub.translator.toCanonical(CodeSighting.reference("product", "crm", crmProduct, FLOW))
                .canonicalCode();
        hub.jdbc.update("INSERT INTO promotion_delivered (body, product) VALUES (?, ?)", body, canonical);
    }

    private void offer(String body) {
        try {
            receive(body);
        } catch (UnmappedCodeException e) {
            assertThat(e.mustPark()).isTrue();
            hub.parking.park(e, "msg-" + body.hashCode(), body, Map.of("source", "crm"));
        }
    }

    @Test
    void parkedMessagesAreReplayedOnceInArrivalOrderWhenTheCodeIsMapped() {
        offer("promo-1 product=01t-CHOC");
        offer("promo-2 product=01t-CHOC");
        offer("promo-3 product=01t-CHOC");
        assertThat(hub.parking.waiting("product", "crm", "01t-CHOC")).extracting(ParkedMessage::body)
                .containsExactly("promo-1 product=01t-CHOC", "promo-2 product=01t-CHOC", "promo-3 product=01t-CHOC");
        assertThat(hub.jdbc.queryForObject("SELECT count(*) FROM promotion_delivered", Integer.class)).isZero();
        InboxEntry entry = hub.inbox.list(InboxFilter.open(), 10).get(0);
        assertThat(entry.occurrences()).isEqualTo(3);

        hub.inbox.accept(entry.id(), chocolate, ChangeAuthor.steward("sophie", "CRM id of the chocolate bar"));

        await().atMost(Duration.ofSeconds(5)).until(() -> hub.parking.waiting(null, null, null).isEmpty());
        assertThat(delivered()).containsExactly("promo-1 product=01t-CHOC", "promo-2 product=01t-CHOC",
                "promo-3 product=01t-CHOC");
        assertThat(hub.jdbc.queryForList("SELECT DISTINCT product FROM promotion_delivered", String.class))
                .containsExactly(chocolate);
        assertThat(hub.inbox.find(entry.id()).status()).isEqualTo("RESOLVED");
        assertThat(hub.inbox.find(entry.id()).resolvedTo()).isEqualTo(chocolate);

        // The safety-net sweep and a second replay find nothing left to do: exactly once.
        assertThat(hub.parking.replayWhereMapped()).isZero();
        assertThat(hub.parking.replay("product", "crm", "01t-CHOC")).isZero();
        assertThat(delivered()).hasSize(3);
    }

    @Test
    void twoInstancesReplayingTogetherDeliverEachMessageOnceAndInOrder() throws Exception {
        for (int i = 1; i <= 20; i++) {
            offer("promo-" + i + " product=01t-CHOC");
        }
        try (XrefTestBed other = hub.secondInstance()) {
            other.parking.register(FLOW, message -> {
                String crmProduct = message.body().substring(message.body().indexOf("product=") + 8);
                String canonical = other.translator.toCanonical(
                        CodeSighting.reference("product", "crm", crmProduct, FLOW)).canonicalCode();
                other.jdbc.update("INSERT INTO promotion_delivered (body, product) VALUES (?, ?)", message.body(), canonical);
            });
            hub.tables.create(new Mapping(null, "product", "crm", "01t-CHOC", chocolate, true, null, null),
                    ChangeAuthor.steward("sophie", "mapped"));
            await().atMost(Duration.ofSeconds(2)).until(() ->
                    other.tables.cache().canonicalOf("product", "crm", "01t-CHOC", java.time.LocalDate.now()) != null);
            Thread replayOnOther = new Thread(() -> other.parking.replay("product", "crm", "01t-CHOC"));
            replayOnOther.start();
            hub.parking.replay("product", "crm", "01t-CHOC");
            replayOnOther.join();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.parking.waiting(null, null, null).isEmpty());
        List<String> expected = java.util.stream.IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "promo-" + i + " product=01t-CHOC").toList();
        assertThat(delivered()).containsExactlyElementsOf(expected);
    }

    @Test
    void aMessageStillMissingAnotherCodeWaitsForThatCode() {
        hub.parking.register("crm-two-codes", message -> {
            hub.translator.toCanonical(CodeSighting.reference("product", "crm", "01t-A", "crm-two-codes"));
            hub.translator.toCanonical(CodeSighting.reference("product", "crm", "01t-B", "crm-two-codes"));
            hub.jdbc.update("INSERT INTO promotion_delivered (body) VALUES (?)", message.body());
        });
        UnmappedCodeException first = catchUnmapped(() ->
                hub.translator.toCanonical(CodeSighting.reference("product", "crm", "01t-A", "crm-two-codes")));
        hub.parking.park(first, "m-ab", "needs A and B", Map.of());

        hub.tables.create(new Mapping(null, "product", "crm", "01t-A", chocolate, true, null, null), ChangeAuthor.steward("s", "A"));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                hub.parking.waiting("product", "crm", "01t-B").size() == 1);
        assertThat(delivered()).isEmpty();

        hub.tables.createCanonical("product", "PRD-B", "Biscuit", Map.of(), ChangeAuthor.steward("s", "B"));
        hub.tables.create(new Mapping(null, "product", "crm", "01t-B", "PRD-B", true, null, null), ChangeAuthor.steward("s", "B"));
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered().size() == 1);
        assertThat(hub.parking.waiting(null, null, null)).isEmpty();
    }

    private static UnmappedCodeException catchUnmapped(Runnable call) {
        try {
            call.run();
        } catch (UnmappedCodeException e) {
            return e;
        }
        throw new AssertionError("expected an unmapped code");
    }

    private List<String> delivered() {
        return hub.jdbc.queryForList("SELECT body FROM promotion_delivered ORDER BY seq", String.class);
    }

    @Test
    void theRejectPolicyNamesDomainSystemAndCode() {
        assertThatThrownBy(() -> hub.translator.toCanonical(CodeSighting.reference("product", "wms", "ITM-9", "wms-stock")))
                .isInstanceOf(UnmappedCodeException.class)
                .hasMessage("no product mapping for wms code 'ITM-9': rejected (policy for product/wms is reject)");
    }
}
