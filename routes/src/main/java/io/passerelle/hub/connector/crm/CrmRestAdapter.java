package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.CanonicalJsonException;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.notice.SalesAlert;
import io.passerelle.canonical.validation.CanonicalValidationException;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.RestApi;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.crm.CrmAlertWriter;
import io.passerelle.mappings.crm.CrmProductWriter;
import io.passerelle.mappings.crm.SObjectUpsert;
import io.passerelle.mappings.crm.SalesforceResponse;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ChangeSource;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.Mapping;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers canonical records (products) and sales alerts (as Tasks on the accounts they concern) to a CRM
 * through Salesforce's REST API: each outbox entry becomes one sObject
 * upserted by its canonical id ({@code PATCH /services/data/v61.0/sobjects/{sObject}/Passerelle_Id__c/{id}},
 * {@code Authorization: Bearer <token>}), so a redelivery updates rather than duplicates.
 *
 * <p>Failures are classified once, for the dispatcher's retries: no answer (timeout, connection refused),
 * 5xx, 429, or Salesforce's own "later" error codes (API limit spent, row locked) are retriable; any other
 * answer is permanent, with the status and the CRM's answer in the message.
 */
@Component
public class CrmRestAdapter implements OutboundAdapter.OneByOne {

    private static final Logger log = LoggerFactory.getLogger(CrmRestAdapter.class);
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final int MAX_ANSWER_IN_ERROR = 4000;

    /**
     * How one canonical message type is written to the CRM, and the conversion table in which the record id
     * the CRM assigns on create is recorded (null when the sObject has no canonical identity).
     */
    private record SObjectWriter(BiFunction<String, String, SObjectUpsert> write, String conversionTable) {
    }

    private final Map<String, SObjectWriter> writers;
    private final ConversionTables tables;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    public CrmRestAdapter(CrmProductWriter products, CrmAlertWriter alerts, ConversionTables tables) {
        // One writer per canonical message type a CRM can receive.
        this.writers = Map.of(
                "Product", new SObjectWriter(
                        (system, json) -> products.write(system, CanonicalJson.read(json, Product.class)), "product"),
                "SalesAlert", new SObjectWriter(
                        (system, json) -> alerts.write(system, CanonicalJson.read(json, SalesAlert.class)), null));
        this.tables = tables;
    }

    @Override
    public ConnectorType type() {
        return ConnectorType.CRM_REST;
    }

    @Override
    public String deliver(String systemName, SystemDeclaration system, OutboxEntry entry) {
        SObjectWriter writer = writers.get(entry.messageType());
        if (writer == null) {
            throw DeliveryFailure.permanent("the CRM connector writes " + String.join(", ", new TreeSet<>(writers.keySet()))
                    + ", not " + entry.messageType() + ": remove it from passerelle.systems." + systemName
                    + ".receives", null);
        }
        RestApi rest = system.rest();
        if (rest.token() == null || rest.token().isBlank()) {
            throw DeliveryFailure.permanent("passerelle.systems." + systemName + ".rest.token is not set", null);
        }
        SObjectUpsert upsert;
        try {
            upsert = writer.write().apply(systemName, entry.payload());
        } catch (CanonicalJsonException | CanonicalValidationException | UnmappedCodeException e) {
            // The record itself or its codes must be fixed; the entry stays dead for a replay after that.
            throw DeliveryFailure.permanent(e.getMessage(), e);
        }
        String call = "PATCH " + upsert.describe();
        Answer answer = send(rest, upsert, call);
        if (answer.status() == 200 || answer.status() == 201 || answer.status() == 204) {
            String recordId = SalesforceResponse.recordId(answer.body()).orElse(null);
            String note = call + " -> " + answer.status() + (recordId == null ? "" : " " + recordId);
            if (recordId != null && writer.conversionTable() != null) {
                note += recordCrmId(systemName, writer.conversionTable(), recordId, upsert.externalId());
            }
            return note;
        }
        String failure = call + " -> " + answer.status() + " " + answer.bodyForMessage();
        if (answer.status() == 429 || answer.status() >= 500 || SalesforceResponse.onlyTransientErrors(answer.body())) {
            throw DeliveryFailure.retriable(failure, null);
        }
        throw DeliveryFailure.permanent(failure, null);
    }

    private Answer send(RestApi rest, SObjectUpsert upsert, String call) {
        String baseUrl = rest.baseUrl().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + upsert.path()))
                .timeout(rest.timeout())
                .header("Authorization", "Bearer " + rest.token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(upsert.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client(rest.timeout())
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                // Bounded: an error page is read for the operator, not a whole runaway answer.
                return new Answer(response.statusCode(),
                        new String(body.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8));
            }
        } catch (HttpTimeoutException e) {
            throw DeliveryFailure.retriable(call + ": no answer from " + baseUrl + " within " + rest.timeout(), e);
        } catch (ConnectException e) {
            throw DeliveryFailure.retriable(call + ": cannot connect to " + baseUrl + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw DeliveryFailure.retriable(call + ": " + e.getClass().getSimpleName() + " talking to " + baseUrl
                    + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retriable(call + ": interrupted (the hub is stopping)", e);
        }
    }

    /**
     * The record id Salesforce assigned, as the system's code for the canonical record, so that a change
     * event or a reference from the CRM naming that record is understood. Delivery already happened: a
     * refusal here is noted, not a delivery failure (retrying would not bring the id back).
     */
    private String recordCrmId(String systemName, String table, String crmId, String canonicalId) {
        LocalDate today = LocalDate.now();
        if (tables.cache().canonicalOf(table, systemName, crmId, today) != null) {
            return "";
        }
        boolean preferred = tables.cache().externalOf(table, systemName, canonicalId, today) == null;
        try {
            tables.create(new Mapping(null, table, systemName, crmId, canonicalId, preferred, null, null),
                    new ChangeAuthor("passerelle", ChangeSource.AUTOMATIC_RULE,
                            "id assigned by " + systemName + " on create"));
            return "";
        } catch (RuntimeException refused) {
            log.warn("{} id {} of {} '{}' not recorded in the conversion table: {}", systemName, crmId, table,
                    canonicalId, refused.getMessage());
            return " (id not recorded in the " + table + " table: " + refused.getMessage() + ")";
        }
    }

    /** One client per timeout, the connect timeout included; HTTP/1.1 so no h2c upgrade is attempted in clear. */
    private HttpClient client(Duration timeout) {
        return clients.computeIfAbsent(timeout, t -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private record Answer(int status, String body) {

        String bodyForMessage() {
            String text = body.isBlank() ? "(empty answer)" : body.strip();
            return text.length() <= MAX_ANSWER_IN_ERROR ? text : text.substring(0, MAX_ANSWER_IN_ERROR) + "…";
        }
    }
}
