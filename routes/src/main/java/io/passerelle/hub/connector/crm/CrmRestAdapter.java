package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.CanonicalJson;
import io.passerelle.canonical.CanonicalJsonException;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.notice.SalesAlert;
import io.passerelle.canonical.validation.CanonicalValidationException;
import io.passerelle.hub.delivery.DeliveryFailure;
import io.passerelle.hub.delivery.DeliveryOutcome;
import io.passerelle.hub.delivery.OutboundAdapter;
import io.passerelle.hub.delivery.OutboxEntry;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.RestApi;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.crm.CrmAlertWriter;
import io.passerelle.mappings.crm.CrmProductWriter;
import io.passerelle.mappings.crm.SObjectCollectionUpsert;
import io.passerelle.mappings.crm.SObjectUpsert;
import io.passerelle.mappings.crm.SalesforceResponse;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ChangeSource;
import io.passerelle.mappings.xref.ConversionTables;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code Authorization: Bearer <token>}), so a redelivery updates rather than duplicates. When several
 * entries wait, they go up to 200 per call through sObject Collections, each record's result apart.
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
        SObjectUpsert upsert = write(systemName, system, entry);
        String call = "PATCH " + upsert.describe();
        Answer answer = send(system.rest(), upsert.path(), upsert.body(), call);
        if (answer.status() == 200 || answer.status() == 201 || answer.status() == 204) {
            String recordId = SalesforceResponse.recordId(answer.body()).orElse(null);
            String note = call + " -> " + answer.status() + (recordId == null ? "" : " " + recordId);
            String table = writers.get(entry.messageType()).conversionTable();
            if (recordId != null && table != null) {
                note += recordCrmId(systemName, table, recordId, upsert.externalId());
            }
            return note;
        }
        throw failure(answer, call + " -> " + answer.status() + " " + answer.bodyForMessage());
    }

    /**
     * Several entries waiting for one CRM are written with sObject Collections, up to the system's collection
     * size per call, records of one sObject together and in the order they were queued; a lone entry, or a
     * system set to a collection size of 1, goes by the single-record call.
     */
    @Override
    public List<DeliveryOutcome> deliverAll(String systemName, SystemDeclaration system, List<OutboxEntry> entries) {
        int size = system.rest() == null ? 1 : system.rest().collectionSize();
        if (entries.size() < 2 || size < 2) {
            return OutboundAdapter.OneByOne.super.deliverAll(systemName, system, entries);
        }
        Map<Long, DeliveryOutcome> outcomes = new HashMap<>();
        Map<List<String>, List<Written>> bySObject = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            try {
                SObjectUpsert upsert = write(systemName, system, entry);
                bySObject.computeIfAbsent(List.of(upsert.sObject(), upsert.externalIdField()), k -> new ArrayList<>())
                        .add(new Written(entry, upsert));
            } catch (DeliveryFailure failure) {
                outcomes.put(entry.id(), DeliveryOutcome.failed(entry, failure));
            }
        }
        for (List<Written> records : bySObject.values()) {
            for (int from = 0; from < records.size(); from += size) {
                List<Written> chunk = records.subList(from, Math.min(records.size(), from + size));
                if (chunk.size() == 1) {
                    OutboundAdapter.OneByOne.super.deliverAll(systemName, system, List.of(chunk.get(0).entry()))
                            .forEach(outcome -> outcomes.put(outcome.entryId(), outcome));
                } else {
                    sendCollection(systemName, system, chunk).forEach(outcome -> outcomes.put(outcome.entryId(), outcome));
                }
            }
        }
        return entries.stream().map(entry -> outcomes.get(entry.id())).toList();
    }

    private record Written(OutboxEntry entry, SObjectUpsert upsert) {
    }

    private List<DeliveryOutcome> sendCollection(String systemName, SystemDeclaration system, List<Written> chunk) {
        SObjectCollectionUpsert collection = new SObjectCollectionUpsert(chunk.get(0).upsert().sObject(),
                chunk.get(0).upsert().externalIdField(), chunk.stream().map(Written::upsert).toList());
        String call = "PATCH " + collection.describe();
        Answer answer;
        try {
            answer = send(system.rest(), collection.path(), collection.body(), call + " (" + chunk.size() + " records)");
        } catch (DeliveryFailure noAnswer) {
            return chunk.stream().map(w -> DeliveryOutcome.failed(w.entry(), noAnswer)).toList();
        }
        List<SalesforceResponse.RecordResult> results = answer.status() == 200
                ? SalesforceResponse.collectionResults(answer.body()) : List.of();
        if (results.size() != chunk.size()) {
            DeliveryFailure failure = answer.status() == 200
                    ? DeliveryFailure.retriable(call + " -> 200 with " + results.size() + " results for " + chunk.size()
                            + " records: " + answer.bodyForMessage(), null)
                    : failure(answer, call + " -> " + answer.status() + " " + answer.bodyForMessage());
            return chunk.stream().map(w -> DeliveryOutcome.failed(w.entry(), failure)).toList();
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Map<String, Map<String, String>> assignedIds = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            Written written = chunk.get(i);
            SalesforceResponse.RecordResult result = results.get(i);
            String record = "PATCH " + written.upsert().describe() + " (record " + (i + 1) + " of " + chunk.size()
                    + " in one sObject Collections call)";
            if (result.success()) {
                outcomes.add(DeliveryOutcome.delivered(written.entry(), record + " -> "
                        + (result.created() ? "created " : "updated ") + (result.id() == null ? "" : result.id())));
                String table = writers.get(written.entry().messageType()).conversionTable();
                if (result.id() != null && table != null) {
                    assignedIds.computeIfAbsent(table, t -> new LinkedHashMap<>())
                            .put(result.id(), written.upsert().externalId());
                }
            } else {
                String reason = record + " -> refused: " + result.describeErrors();
                outcomes.add(DeliveryOutcome.failed(written.entry(), result.onlyTransientErrors()
                        ? DeliveryFailure.retriable(reason, null) : DeliveryFailure.permanent(reason, null)));
            }
        }
        assignedIds.forEach((table, ids) -> recordCrmIds(systemName, table, ids));
        return outcomes;
    }

    /** The sObject an entry becomes; a failure when it cannot be written (never worth a retry as it is). */
    private SObjectUpsert write(String systemName, SystemDeclaration system, OutboxEntry entry) {
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
        try {
            return writer.write().apply(systemName, entry.payload());
        } catch (CanonicalJsonException | CanonicalValidationException | UnmappedCodeException e) {
            // The record itself or its codes must be fixed; the entry stays dead for a replay after that.
            throw DeliveryFailure.permanent(e.getMessage(), e);
        }
    }

    private static DeliveryFailure failure(Answer answer, String failure) {
        if (answer.status() == 429 || answer.status() >= 500 || SalesforceResponse.onlyTransientErrors(answer.body())) {
            return DeliveryFailure.retriable(failure, null);
        }
        return DeliveryFailure.permanent(failure, null);
    }

    private Answer send(RestApi rest, String path, String body, String call) {
        String baseUrl = rest.baseUrl().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(rest.timeout())
                .header("Authorization", "Bearer " + rest.token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client(rest.timeout())
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                // Bounded: an error page is read for the operator, not a whole runaway answer.
                return new Answer(response.statusCode(),
                        new String(answer.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8));
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
        try {
            tables.recordAssignedCodes(table, systemName, Map.of(crmId, canonicalId), assignedBy(systemName));
            return "";
        } catch (RuntimeException refused) {
            log.warn("{} id {} of {} '{}' not recorded in the conversion table: {}", systemName, crmId, table,
                    canonicalId, refused.getMessage());
            return " (id not recorded in the " + table + " table: " + refused.getMessage() + ")";
        }
    }

    /**
     * The ids a collection call assigned, recorded in one change; should the change be refused as a whole,
     * each id is tried alone so that one conflict does not lose the others.
     */
    private void recordCrmIds(String systemName, String table, Map<String, String> canonicalByCrmId) {
        try {
            tables.recordAssignedCodes(table, systemName, canonicalByCrmId, assignedBy(systemName));
        } catch (RuntimeException refused) {
            canonicalByCrmId.forEach((crmId, canonical) -> recordCrmId(systemName, table, crmId, canonical));
        }
    }

    private static ChangeAuthor assignedBy(String systemName) {
        return new ChangeAuthor("passerelle", ChangeSource.AUTOMATIC_RULE, "id assigned by " + systemName + " on create");
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
