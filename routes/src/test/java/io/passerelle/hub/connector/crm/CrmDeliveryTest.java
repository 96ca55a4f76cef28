package io.passerelle.hub.connector.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.hub.connector.crm.CrmStandIn.Answer;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.delivery.SubscriberLeases;
import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.metrics.BacklogGauges;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.HubInstance;
import io.passerelle.hub.system.RestApi;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.passerelle.hub.tracking.MessageLog;
import org.springframework.beans.factory.annotation.Autowired;

/** Canonical products queued for the CRM, delivered over real HTTP to a stand-in Salesforce. */
@SuppressWarnings({"unchecked", "rawtypes"})
class CrmDeliveryTest extends CrmConnectorHub {

    @Autowired
    HubIngress ingress;

    @Autowired
    CodeTranslator codes;

    @Autowired
    CrmRestAdapter adapter;

    @Autowired
    MessageLog messageLog;

    @Autowired
    MeterRegistry meters;

    @Autowired
    BacklogGauges backlog;

    @Autowired
    HubInstance hubInstance;

    @Autowired
    SubscriberLeases leases;

    /** The deliveries to the CRM this instance counted with that outcome (Micrometer's counter, as Prometheus reads it). */
    private double crmDeliveries(String outcome) {
        Counter counter = meters.find("passerelle.deliveries").tags("subscriber", "crm", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @BeforeEach
    void theCrmCallsAPieceEach() {
        boolean mapped = !jdbc.queryForList("SELECT 1 FROM xref_mapping WHERE domain = 'unit-of-measure'"
                + " AND system = 'crm' AND canonical_code = 'H87'").isEmpty();
        if (!mapped) {
            steward().postForEntity("/api/xref/domains/unit-of-measure/canonical",
                    Map.of("label", "piece", "naturalKeys", Map.of("iso", "H87"), "reason", "UN/ECE Rec 20"), Map.class);
            steward().postForEntity("/api/xref/domains/unit-of-measure/mappings", Map.of("system", "crm",
                    "externalCode", "Each", "canonicalCode", "H87", "reason", "Product2 picklist value"), Map.class);
        }
    }

    @Test
    void aProductQueuedForTheCrmArrivesAsTheExactUpsert() throws Exception {
        Product product = erpPublishes(darkChocolate());
        String path = "/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/" + product.id();
        SALESFORCE.answer(path, Answer.noContent());

        UUID message = queue(product);

        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(crmDelivery(message).get("status")));
        CrmStandIn.Request request = SALESFORCE.requestsTo(path).get(0);
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + CRM_TOKEN);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        ObjectNode expected = (ObjectNode) JSON.readTree(fixture("product2-upsert-request.json"));
        expected.put("ProductCode", product.id()).put("GTIN__c", product.gtin());
        assertThat(JSON.readTree(request.body())).isEqualTo(expected);
        assertThat(hops(message)).contains("DELIVERED:PATCH Product2/Passerelle_Id__c/" + product.id() + " -> 204");
    }

    @Test
    void aCrmAnswering503TwiceThen201IsDeliveredAfterRetriesAndTheIdItAssignedIsLearned() {
        Product product = erpPublishes(darkChocolate());
        String path = "/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/" + product.id();
        String crmId = String.format("01t5g000%07dAAV", unique());
        String unavailable = "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"Server temporarily unavailable\"}]";
        SALESFORCE.answer(path, Answer.of(503, unavailable), Answer.of(503, unavailable),
                Answer.of(201, fixture("product2-created-response.json").replace("01t5g00000AbCdEAAV", crmId)));
        double retries = crmDeliveries("retry");
        double delivered = crmDeliveries("delivered");

        UUID message = queue(product);

        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(crmDelivery(message).get("status")));
        assertThat(crmDelivery(message)).containsEntry("attempts", 3);
        assertThat(crmDeliveries("retry") - retries).isEqualTo(2);
        assertThat(crmDeliveries("delivered") - delivered).isEqualTo(1);
        assertThat(SALESFORCE.requestsTo(path)).hasSize(3);
        assertThat(hops(message)).containsSubsequence(
                "RETRY:PATCH Product2/Passerelle_Id__c/" + product.id() + " -> 503 " + unavailable,
                "RETRY:PATCH Product2/Passerelle_Id__c/" + product.id() + " -> 503 " + unavailable,
                "DELIVERED:PATCH Product2/Passerelle_Id__c/" + product.id() + " -> 201 " + crmId);
        // Reverse lookups now know the CRM's record: a change event or a promotion naming it is understood.
        assertThat(operator().getForObject("/api/xref/domains/product/lookup?system=crm&code=" + crmId, Map.class))
                .containsEntry("canonicalCode", product.id());
        List<Map<String, Object>> mappings = operator().getForObject(
                "/api/xref/domains/product/mappings?system=crm&q=" + crmId, List.class);
        List<Map<String, Object>> history = operator().getForObject("/api/xref/mappings/"
                + mappings.get(0).get("id") + "/history", List.class);
        assertThat(history).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("source", "AUTOMATIC_RULE").containsEntry("reason", "id assigned by crm on create"));
    }

    @Test
    void aSubscriberLeftLeasedByAStoppedRunOfThisMachineIsTakenOverAtStart() {
        String machine = hubInstance.id().substring(hubInstance.id().indexOf('@'), hubInstance.id().indexOf('/'));
        jdbc.update("INSERT INTO hub_subscriber_lease (subscriber, claimed_by, lease_until)"
                + " VALUES ('crm', ?, now() + interval '10 minutes') ON CONFLICT (subscriber) DO UPDATE"
                + " SET claimed_by = excluded.claimed_by, lease_until = excluded.lease_until", "999999999" + machine + "/crashed");
        Product product = erpPublishes(darkChocolate());
        SALESFORCE.answer("/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/" + product.id(), Answer.noContent());
        UUID message = queue(product);

        leases.takeOverLeftLeases();

        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(crmDelivery(message).get("status")));
    }

    @Test
    void aDeclaredSubscriberWithNothingPendingReadsZeroRatherThanNoData() {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM hub_outbox WHERE subscriber = 'crm' AND status = 'PENDING'", Integer.class) == 0);

        backlog.refresh();

        Gauge pending = meters.find("passerelle.outbox.entries").tags("subscriber", "crm", "status", "pending").gauge();
        assertThat(pending).isNotNull();
        assertThat(pending.value()).isZero();
        assertThat(meters.find("passerelle.outbox.oldest.pending").tags("subscriber", "crm").gauge()).isNull();
    }

    @Test
    void a400WithASalesforceErrorEndsDeadWithTheCrmsAnswer() {
        Product product = erpPublishes(darkChocolate());
        String path = "/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/" + product.id();
        SALESFORCE.answer(path, Answer.of(400, fixture("product2-error-response.json")));
        double dead = crmDeliveries("dead");

        UUID message = queue(product);

        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(crmDelivery(message).get("status")));
        assertThat(crmDeliveries("dead") - dead).isEqualTo(1);
        Map<String, Object> delivery = crmDelivery(message);
        assertThat(delivery).containsEntry("attempts", 1);
        assertThat((String) delivery.get("last_error"))
                .startsWith("PATCH Product2/Passerelle_Id__c/" + product.id() + " -> 400 [")
                .contains("\"errorCode\": \"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST\"",
                        "Lifecycle Status: bad value for restricted picklist field: PHASING_OUT");
        assertThat(SALESFORCE.requestsTo(path)).hasSize(1);
    }

    @Test
    void productsWaitingTogetherGoInOneSObjectCollectionsCallEachRecordJudgedApart() throws Exception {
        List<Product> products = List.of(erpPublishes(darkChocolate()), erpPublishes(darkChocolate()),
                erpPublishes(darkChocolate()));
        String path = "/services/data/v61.0/composite/sobjects/Product2/Passerelle_Id__c";
        String firstId = String.format("01t5g001%07dAAV", unique());
        String thirdId = String.format("01t5g002%07dAAV", unique());
        SALESFORCE.answer(path, Answer.of(200, "[{\"id\":\"" + firstId + "\",\"success\":true,\"errors\":[],\"created\":true},"
                + "{\"success\":false,\"errors\":[{\"statusCode\":\"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST\","
                + "\"message\":\"Lifecycle Status: bad value for restricted picklist field: PHASING_OUT\","
                + "\"fields\":[\"Lifecycle_Status__c\"]}]},"
                + "{\"id\":\"" + thirdId + "\",\"success\":true,\"errors\":[],\"created\":false}]"));
        int callsBefore = SALESFORCE.requestsTo(path).size();

        // Accepted in one transaction, as a claimed batch of the ERP's table is: the dispatcher finds them together.
        List<UUID> messages = ingress.acceptAll(products.stream().map(product -> new InboundChange("erp",
                "MAT-" + product.gtin() + "@" + unique(), "Product", "product:" + product.id(),
                List.of("product:" + product.id()), product)).toList()).stream().map(HubIngress.Receipt::messageId).toList();

        await().atMost(Duration.ofSeconds(10)).until(() -> messages.stream()
                .allMatch(m -> List.of("DELIVERED", "DEAD").contains(crmDelivery(m).get("status"))));
        List<CrmStandIn.Request> calls = SALESFORCE.requestsTo(path);
        assertThat(calls).hasSize(callsBefore + 1);
        JsonNode body = JSON.readTree(calls.get(calls.size() - 1).body());
        assertThat(body.get("allOrNone").asBoolean()).isFalse();
        assertThat(body.get("records")).extracting(r -> r.get("Passerelle_Id__c").asText())
                .containsExactly(products.get(0).id(), products.get(1).id(), products.get(2).id());
        assertThat(body.get("records").get(0).get("attributes").get("type").asText()).isEqualTo("Product2");
        assertThat(body.get("records").get(0).get("GTIN__c").asText()).isEqualTo(products.get(0).gtin());

        assertThat(crmDelivery(messages.get(0))).containsEntry("status", "DELIVERED");
        assertThat(hops(messages.get(0))).anyMatch(hop -> hop.startsWith("DELIVERED:PATCH Product2/Passerelle_Id__c/"
                + products.get(0).id() + " (record 1 of 3 in one sObject Collections call) -> created " + firstId));
        assertThat(crmDelivery(messages.get(1))).containsEntry("status", "DEAD");
        assertThat((String) crmDelivery(messages.get(1)).get("last_error")).isEqualTo("PATCH Product2/Passerelle_Id__c/"
                + products.get(1).id() + " (record 2 of 3 in one sObject Collections call) -> refused:"
                + " INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lifecycle Status: bad value for restricted picklist field:"
                + " PHASING_OUT [Lifecycle_Status__c]");
        assertThat(crmDelivery(messages.get(2))).containsEntry("status", "DELIVERED");
        // The ids Salesforce gave are learned, as for a single upsert.
        for (int i : new int[] {0, 2}) {
            String crmId = i == 0 ? firstId : thirdId;
            assertThat(operator().getForObject("/api/xref/domains/product/lookup?system=crm&code=" + crmId, Map.class))
                    .containsEntry("canonicalCode", products.get(i).id());
        }
    }

    @Test
    void noAnswerAndTheCrmsLimitsAreRetriableEveryOtherRefusalIsPermanent() throws IOException {
        Product product = erpPublishes(darkChocolate());
        String path = "/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/" + product.id();
        OutboxEntry entry = new OutboxEntry(1, UUID.randomUUID(), "crm", "product:" + product.id(), "Product",
                CanonicalJson.write(product), 0);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(failure(crmAt("http://127.0.0.1:" + closedPort), entry))
                .satisfies(f -> assertThat(f.retriable()).isTrue())
                .hasMessageContaining("cannot connect to http://127.0.0.1:" + closedPort);
        SALESFORCE.answer(path, Answer.noContent().after(Duration.ofSeconds(2)));
        assertThat(failure(crmAt(SALESFORCE.baseUrl()), entry))
                .satisfies(f -> assertThat(f.retriable()).isTrue()).hasMessageContaining("no answer from");
        SALESFORCE.answer(path, Answer.of(429, ""));
        assertThat(failure(crmAt(SALESFORCE.baseUrl()), entry)).satisfies(f -> assertThat(f.retriable()).isTrue());
        SALESFORCE.answer(path, Answer.of(403, fixture("request-limit-response.json")));
        assertThat(failure(crmAt(SALESFORCE.baseUrl()), entry)).satisfies(f -> assertThat(f.retriable()).isTrue())
                .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");

        SALESFORCE.answer(path, Answer.of(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));
        assertThat(failure(crmAt(SALESFORCE.baseUrl()), entry)).satisfies(f -> assertThat(f.retriable()).isFalse())
                .hasMessageContaining("-> 401").hasMessageContaining("INVALID_SESSION_ID");
        OutboxEntry customer = new OutboxEntry(2, UUID.randomUUID(), "crm", "customer:CUS-1", "Customer", "{}", 0);
        assertThat(failure(crmAt(SALESFORCE.baseUrl()), customer)).satisfies(f -> assertThat(f.retriable()).isFalse())
                .hasMessage("the CRM connector writes Product, SalesAlert, not Customer: remove it from passerelle.systems.crm.receives");
        OutboxEntry unknownUnit = new OutboxEntry(3, UUID.randomUUID(), "crm", "product:" + product.id(), "Product",
                CanonicalJson.write(new Product(product.id(), product.gtin(), "Cacao en vrac", "KGM", product.lifecycle())), 0);
        assertThat(failure(crmAt(SALESFORCE.baseUrl()), unknownUnit)).satisfies(f -> assertThat(f.retriable()).isFalse())
                .hasMessageContaining("no unit-of-measure mapping for crm code 'KGM'");
    }

    private DeliveryFailure failure(SystemDeclaration crm, OutboxEntry entry) {
        try {
            adapter.deliver("crm", crm, entry);
        } catch (DeliveryFailure failure) {
            return failure;
        }
        throw new AssertionError("delivery of " + entry + " did not fail");
    }

    private static SystemDeclaration crmAt(String baseUrl) {
        return new SystemDeclaration(ConnectorType.CRM_REST, List.of("Product"), null, null,
                new RestApi(baseUrl, CRM_TOKEN, WEBHOOK_SECRET, Duration.ofMillis(300), 0), null, null);
    }

    private static Product darkChocolate() {
        return new Product("to be assigned", gtin(), "Chocolat noir 70 % — tablette 100 g", "H87",
                new ProductLifecycle(ProductStatus.PHASING_OUT, LocalDate.of(2025, 2, 3), LocalDate.of(2026, 12, 31)));
    }

    /** The ERP, the products' system of record, publishes the product: the hub gives it its canonical id. */
    private Product erpPublishes(Product product) {
        String id = codes.toCanonical(new CodeSighting("product", "erp", "MAT-" + product.gtin(), product.description(),
                Map.of("gtin", product.gtin()), true, "erp-products", null, null)).canonicalCode();
        return new Product(id, product.gtin(), product.description(), product.unit(), product.lifecycle());
    }

    private UUID queue(Product product) {
        HubIngress.Receipt receipt = ingress.accept(new InboundChange("erp", "MAT-" + product.gtin() + "@" + unique(),
                "Product", "product:" + product.id(), List.of("gtin:" + product.gtin(), "product:" + product.id()), product));
        assertThat(receipt.subscribers()).containsExactly("crm");
        return receipt.messageId();
    }

    private Map<String, Object> crmDelivery(UUID message) {
        return outboxOf(message).stream().filter(row -> "crm".equals(row.get("subscriber"))).findFirst().orElseThrow();
    }

    /** The CRM's hops of a message as the tracking API shows them (deliveries are recorded apart from other hops). */
    private List<String> hops(UUID message) {
        return messageLog.hops(message).stream().filter(hop -> "crm".equals(hop.get("system")))
                .map(hop -> hop.get("step") + ":" + (hop.get("detail") == null ? "" : hop.get("detail"))).toList();
    }
}
