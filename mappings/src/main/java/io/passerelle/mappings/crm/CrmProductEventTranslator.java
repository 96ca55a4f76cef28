package io.passerelle.mappings.crm;

import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.event.EntityKeys;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.mappings.crm.TypedFields.Field;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Salesforce Change Data Capture events on {@code Product2} into the decisions marketing takes on a product in
 * the CRM: a launch moved ({@link LaunchDateChanged}) or a product withdrawn ({@link ProductWithdrawn}). The ERP
 * is the products' system of record, so every other Product2 change is acknowledged and ignored, never refused.
 *
 * <table>
 *   <caption>Product2 fields read (an UPDATE; the fields are those {@link CrmProductWriter} writes)</caption>
 *   <tr><th>Product2 field</th><th>boundary event</th></tr>
 *   <tr><td>recordIds[i] (Id)</td><td>productId, through the {@code product} table: the hub records the id
 *       Salesforce gives each product it upserts; an unknown id follows the table's missing-code policy</td></tr>
 *   <tr><td>Launch_Date__c (Date) changed</td><td>LaunchDateChanged: newLaunchDate; previousLaunchDate is the
 *       launch date the hub last knew for the product</td></tr>
 *   <tr><td>Launch_Change_Reason__c (Text)</td><td>LaunchDateChanged.reason, or "changed in &lt;system&gt;"</td></tr>
 *   <tr><td>Lifecycle_Status__c set to WITHDRAWN, or Withdrawal_Date__c (Date) set</td><td>ProductWithdrawn:
 *       withdrawalDate is Withdrawal_Date__c, else the one the hub knew, else the day of the commit; a
 *       withdrawal takes precedence over a launch date changed in the same UPDATE</td></tr>
 * </table>
 *
 * The hub writes these fields itself when the ERP changes a product, and Salesforce sends those writes back as
 * change events: a date the hub already holds is therefore ignored rather than announced a second time.
 * CREATE, DELETE and UNDELETE are ignored (products are created and retired in the ERP); gap events and wildcard
 * record ids are refused, since they carry no values to decide on.
 */
public final class CrmProductEventTranslator implements CrmEventTranslator {

    public static final String SOBJECT = "Product2";
    public static final String FLOW = "crm-product-events";

    static final String LAUNCH_DATE = "Launch_Date__c";
    static final String LAUNCH_CHANGE_REASON = "Launch_Change_Reason__c";
    static final String LIFECYCLE_STATUS = "Lifecycle_Status__c";
    static final String WITHDRAWAL_DATE = "Withdrawal_Date__c";

    private static final String PRODUCT_TABLE = "product";
    private static final String LAUNCH_DATE_CHANGED = "LaunchDateChanged";
    private static final String PRODUCT_WITHDRAWN = "ProductWithdrawn";

    private final CodeTranslator codes;
    private final ProductHistory history;
    private final ZoneId zone;

    /** @param zone where the CRM's users are: a withdrawal without a date takes the day of its commit there */
    public CrmProductEventTranslator(CodeTranslator codes, ProductHistory history, ZoneId zone) {
        this.codes = codes;
        this.history = history;
        this.zone = zone;
    }

    @Override
    public String sObject() {
        return SOBJECT;
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String messageTypeOf(ChangeEvent event) {
        if (!"UPDATE".equals(event.header().changeType())) {
            return null;
        }
        Decision decision = Decision.of(new TypedFields(new RecordChange(event)));
        return decision.withdrawn() ? PRODUCT_WITHDRAWN : decision.launch().touched() ? LAUNCH_DATE_CHANGED : null;
    }

    @Override
    public TranslatedEvent translate(String system, ChangeEvent event, String recordId) {
        ChangeEventHeader header = event.header();
        String recordKey = system + ":" + SOBJECT + "/" + recordId;
        if (!SOBJECT.equals(header.entityName())) {
            throw new EventRejected(event.describe(recordId) + ": not a " + SOBJECT + " change", header.entityName(),
                    recordKey);
        }
        if (header.changeType().startsWith("GAP_")) {
            throw new EventRejected(event.describe(recordId) + ": Salesforce could not send the change itself (no"
                    + " field values); if a launch date or a withdrawal was changed, save the product again in the CRM",
                    SOBJECT, recordKey);
        }
        if (recordId.endsWith("*")) {
            throw new EventRejected(event.describe(recordId) + ": wildcard record id '" + recordId + "' (a field type"
                    + " conversion touched every product): nothing to decide on", SOBJECT, recordKey);
        }
        if (!"UPDATE".equals(header.changeType())) {
            return TranslatedEvent.ignored(event, recordId, header.changeType() + " of a Product2 is not a decision"
                    + " the hub carries: products are created and retired in the ERP, their system of record");
        }
        TypedFields fields = new TypedFields(new RecordChange(event));
        Decision decision = Decision.of(fields);
        if (!fields.problems().isEmpty()) {
            throw new EventRejected(event.describe(recordId) + ": " + String.join("; ", fields.problems()),
                    decision.withdrawn() ? PRODUCT_WITHDRAWN : LAUNCH_DATE_CHANGED, recordKey);
        }
        if (!decision.withdrawn() && !decision.launch().touched()) {
            return TranslatedEvent.ignored(event, recordId, "neither " + LAUNCH_DATE + " nor a withdrawal changed"
                    + " (changed: " + String.join(", ", header.changedFields()) + "): the ERP, the products' system"
                    + " of record, makes every other product change");
        }
        String messageType = decision.withdrawn() ? PRODUCT_WITHDRAWN : LAUNCH_DATE_CHANGED;
        String productId = productOf(system, event, recordId, messageType, recordKey);
        Optional<ProductLifecycle> known = history.lifecycle(productId);
        if (decision.withdrawn()) {
            return withdrawal(system, event, recordId, productId, decision, known);
        }
        return launch(system, event, recordId, productId, decision, fields.text(LAUNCH_CHANGE_REASON), known);
    }

    private TranslatedEvent launch(String system, ChangeEvent event, String recordId, String productId,
                                   Decision decision, Field<String> reason, Optional<ProductLifecycle> known) {
        LocalDate previous = known.map(ProductLifecycle::launchDate).orElse(null);
        LocalDate next = decision.launch().value();
        if (next == null) {
            if (previous == null) {
                return TranslatedEvent.ignored(event, recordId, LAUNCH_DATE + " cleared, and the hub holds no launch"
                        + " date for " + productId + " either");
            }
            throw new EventRejected(event.describe(recordId) + ": " + LAUNCH_DATE + " was cleared (it was "
                    + previous + " for " + productId + "): a launch can be moved to another date, not taken back;"
                    + " set the new date", LAUNCH_DATE_CHANGED, EntityKeys.product(productId));
        }
        if (next.equals(previous)) {
            return TranslatedEvent.ignored(event, recordId, LAUNCH_DATE + " = " + next + " is the launch date the hub"
                    + " already holds for " + productId + " (its own write coming back, or no change)");
        }
        String why = reason.value() != null ? reason.value() : "changed in " + system;
        return TranslatedEvent.carried(event, recordId, new LaunchDateChanged(productId, previous, next, why));
    }

    private TranslatedEvent withdrawal(String system, ChangeEvent event, String recordId, String productId,
                                       Decision decision, Optional<ProductLifecycle> known) {
        LocalDate knownDate = known.map(ProductLifecycle::withdrawalDate).orElse(null);
        LocalDate date = decision.withdrawal().value() != null ? decision.withdrawal().value() : knownDate;
        if (date == null) {
            Long commit = event.header().commitTimestamp();
            if (commit == null) {
                throw new EventRejected(event.describe(recordId) + ": " + LIFECYCLE_STATUS + " is WITHDRAWN but "
                        + WITHDRAWAL_DATE + " is empty and the event has no commitTimestamp to date it",
                        PRODUCT_WITHDRAWN, EntityKeys.product(productId));
            }
            date = Instant.ofEpochMilli(commit).atZone(zone).toLocalDate();
        }
        boolean knownWithdrawn = known.map(ProductLifecycle::status).orElse(null) == ProductStatus.WITHDRAWN;
        if (date.equals(knownDate) && (knownWithdrawn || !decision.statusWithdrawn())) {
            return TranslatedEvent.ignored(event, recordId, "the hub already holds " + date + " as the withdrawal of "
                    + productId + " (its own write coming back, or no change)");
        }
        return TranslatedEvent.carried(event, recordId, new ProductWithdrawn(productId, date, "withdrawn in " + system));
    }

    private String productOf(String system, ChangeEvent event, String recordId, String messageType, String recordKey) {
        try {
            return codes.toCanonical(new CodeSighting(PRODUCT_TABLE, system, recordId,
                    SalesforceJson.text(event.payload(), "Name"), Map.of(), false, FLOW, event.sourceChangeId(recordId),
                    event.json())).canonicalCode();
        } catch (UnmappedCodeException e) {
            if (e.mustPark()) {
                throw new EventAwaitsCode("Product2 Id", e, messageType, recordKey);
            }
            throw new EventRejected(event.describe(recordId) + ": Product2 Id: " + e.getMessage(), messageType,
                    recordKey);
        }
    }

    /** What an UPDATE decides: a withdrawal (status set to WITHDRAWN or a withdrawal date set), a launch moved. */
    private record Decision(Field<LocalDate> launch, Field<LocalDate> withdrawal, boolean statusWithdrawn) {

        static Decision of(TypedFields fields) {
            Field<String> status = fields.text(LIFECYCLE_STATUS);
            boolean statusWithdrawn = status.value() != null
                    && ProductStatus.WITHDRAWN.name().equalsIgnoreCase(status.value());
            return new Decision(fields.date(LAUNCH_DATE), fields.date(WITHDRAWAL_DATE), statusWithdrawn);
        }

        boolean withdrawn() {
            return statusWithdrawn || withdrawal.value() != null;
        }
    }
}
