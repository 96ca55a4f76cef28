package io.passerelle.mappings.crm;

import io.passerelle.canonical.Price;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionConditions;
import io.passerelle.canonical.PromotionPeriod;
import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.EntityKeys;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.canonical.validation.Violation;
import io.passerelle.mappings.crm.PromotionHistory.KnownRecord;
import io.passerelle.mappings.crm.TypedFields.Field;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Salesforce Change Data Capture events on the custom object {@code Promotion__c} into
 * {@link PromotionPlanned}, {@link PromotionChanged} and {@link PromotionCancelled}: marketing plans promotions
 * in the CRM, and production, purchasing and the warehouses must plan their uplift.
 *
 * <table>
 *   <caption>Promotion__c fields read</caption>
 *   <tr><th>Promotion__c field (type)</th><th>canonical Promotion</th><th>how</th></tr>
 *   <tr><td>Name (Text)</td><td>—</td><td>the promotion as people call it, shown in refusals; not carried</td></tr>
 *   <tr><td>Promotion_Code__c (Text, unique, required)</td><td>id</td><td>as is; it cannot change once
 *       planned</td></tr>
 *   <tr><td>Start_Date__c, End_Date__c (Date)</td><td>period</td><td>both days included; the end may not be
 *       before the start</td></tr>
 *   <tr><td>Product_Codes__c (Text, ProductCode values separated by ";")</td><td>productIds</td><td>the hub
 *       writes the canonical product id into Product2.ProductCode, so each must be a canonical product; a code
 *       that is not goes through the {@code product} table, whose missing-code policy decides</td></tr>
 *   <tr><td>Account_Ids__c (Text, Account record ids separated by ";")</td><td>customerIds</td><td>each through
 *       the {@code customer} table, as a reference (a promotion names accounts, it does not publish them)</td></tr>
 *   <tr><td>Segment__c (Picklist)</td><td>segment</td><td>{@code customer-segment} table; exactly one of
 *       Account_Ids__c and Segment__c</td></tr>
 *   <tr><td>Discount_Percent__c (Percent)</td><td>conditions.discountPercent</td><td>above 0, at most 100</td></tr>
 *   <tr><td>Promotional_Price__c (Currency) and CurrencyIsoCode</td><td>conditions.promotionalPrice</td>
 *       <td>ISO 4217 currency</td></tr>
 *   <tr><td>Terms__c (Long Text)</td><td>conditions.terms</td><td>as is</td></tr>
 *   <tr><td>Expected_Uplift_Percent__c (Percent, required)</td><td>expectedUpliftPercent</td><td>35 means 1.35
 *       times the usual demand</td></tr>
 *   <tr><td>Status__c (Picklist: Planned, Cancelled)</td><td>—</td><td>set to Cancelled: PromotionCancelled;
 *       set back to Planned after a cancellation: PromotionPlanned again</td></tr>
 *   <tr><td>Cancellation_Reason__c (Text)</td><td>PromotionCancelled.reason</td><td>or "cancelled in
 *       &lt;system&gt;"</td></tr>
 * </table>
 *
 * CREATE and UNDELETE carry the whole record: PromotionPlanned. An UPDATE carries only the changed fields: they
 * are laid over the promotion as the hub last knew it (found by the record id, {@link PromotionHistory}) and
 * PromotionChanged carries the whole promotion as it now stands; an UPDATE changing none of the fields above is
 * ignored. DELETE cancels. The record is checked against the canonical rules in the CRM's codes before any code
 * is looked up, so a malformed promotion is refused, not parked.
 */
public final class CrmPromotionTranslator implements CrmEventTranslator {

    public static final String SOBJECT = "Promotion__c";
    public static final String FLOW = "crm-promotions";

    static final String NAME = "Name";
    static final String CODE = "Promotion_Code__c";
    static final String START_DATE = "Start_Date__c";
    static final String END_DATE = "End_Date__c";
    static final String PRODUCT_CODES = "Product_Codes__c";
    static final String ACCOUNT_IDS = "Account_Ids__c";
    static final String SEGMENT = "Segment__c";
    static final String DISCOUNT_PERCENT = "Discount_Percent__c";
    static final String PROMOTIONAL_PRICE = "Promotional_Price__c";
    static final String CURRENCY = "CurrencyIsoCode";
    static final String TERMS = "Terms__c";
    static final String EXPECTED_UPLIFT = "Expected_Uplift_Percent__c";
    static final String STATUS = "Status__c";
    static final String CANCELLATION_REASON = "Cancellation_Reason__c";

    static final String PLANNED = "Planned";
    static final String CANCELLED = "Cancelled";

    /** The fields whose change is a change of the promotion; any other field changing alone is ignored. */
    private static final List<String> CARRIED_FIELDS = List.of(CODE, START_DATE, END_DATE, PRODUCT_CODES, ACCOUNT_IDS,
            SEGMENT, DISCOUNT_PERCENT, PROMOTIONAL_PRICE, CURRENCY, TERMS, EXPECTED_UPLIFT, STATUS);

    private static final String PROMOTION_PLANNED = "PromotionPlanned";
    private static final String PROMOTION_CHANGED = "PromotionChanged";
    private static final String PROMOTION_CANCELLED = "PromotionCancelled";

    private final CodeTranslator codes;
    private final PromotionHistory history;
    private final CanonicalValidator validator;

    public CrmPromotionTranslator(CodeTranslator codes, PromotionHistory history, CanonicalValidator validator) {
        this.codes = codes;
        this.history = history;
        this.validator = validator;
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
        Field<String> status = new TypedFields(new RecordChange(event)).text(STATUS);
        return switch (event.header().changeType()) {
            case "CREATE", "UNDELETE" -> isCancelled(status) ? null : PROMOTION_PLANNED;
            case "UPDATE" -> isCancelled(status) ? PROMOTION_CANCELLED : PROMOTION_CHANGED;
            case "DELETE" -> PROMOTION_CANCELLED;
            default -> null;
        };
    }

    @Override
    public TranslatedEvent translate(String system, ChangeEvent event, String recordId) {
        Change change = new Change(system, event, recordId, history.record(system, recordId));
        ChangeEventHeader header = event.header();
        if (!SOBJECT.equals(header.entityName())) {
            throw change.rejected("not a " + SOBJECT + " change", header.entityName());
        }
        if (header.changeType().startsWith("GAP_")) {
            throw change.rejected("Salesforce could not send the change itself (no field values); save the"
                    + " promotion again in the CRM", SOBJECT);
        }
        if (recordId.endsWith("*")) {
            throw change.rejected("wildcard record id (a field type conversion touched every promotion): save the"
                    + " promotions again in the CRM", SOBJECT);
        }
        return switch (header.changeType()) {
            case "CREATE", "UNDELETE" -> created(change);
            case "UPDATE" -> updated(change);
            case "DELETE" -> deleted(change);
            default -> throw change.rejected("unknown changeType '" + header.changeType() + "'", SOBJECT);
        };
    }

    private TranslatedEvent created(Change change) {
        Draft draft = change.draft(PROMOTION_PLANNED);
        if (isCancelled(draft.status)) {
            return change.ignored("created with " + STATUS + " = " + CANCELLED + ": nothing to plan");
        }
        return change.carried(new PromotionPlanned(promotion(change, draft, null, PROMOTION_PLANNED)));
    }

    private TranslatedEvent updated(Change change) {
        Optional<KnownRecord> known = change.known;
        Draft draft = change.draft(known.isPresent() ? PROMOTION_CHANGED : PROMOTION_PLANNED);
        if (known.isEmpty()) {
            // Its CREATE never reached the hub, or was refused: with the channel's enriched fields an UPDATE
            // carries the whole promotion, and it is planned now.
            return change.carried(new PromotionPlanned(promotion(change, draft, null, PROMOTION_PLANNED)));
        }
        String promotionId = known.get().promotionId();
        if (draft.code.touched() && !promotionId.equals(draft.code.value())) {
            throw change.rejected(CODE + " = " + quoted(draft.code.value()) + ": a promotion's code cannot change"
                    + " (this record is promotion " + promotionId + "); create a new promotion instead", PROMOTION_CHANGED);
        }
        if (known.get().cancelled()) {
            if (draft.status.setTo(PLANNED)) {
                return change.carried(new PromotionPlanned(promotion(change, draft, previous(change, promotionId),
                        PROMOTION_PLANNED)));
            }
            return change.ignored("promotion " + promotionId + " was cancelled; set " + STATUS + " to " + PLANNED
                    + " to plan it again");
        }
        if (isCancelled(draft.status)) {
            return change.carried(new PromotionCancelled(promotionId, change.cancellationReason()));
        }
        if (!change.touchesAny(CARRIED_FIELDS)) {
            return change.ignored("none of the promotion's fields changed (changed: "
                    + String.join(", ", change.event.header().changedFields()) + ")");
        }
        return change.carried(new PromotionChanged(promotion(change, draft, previous(change, promotionId),
                PROMOTION_CHANGED)));
    }

    private TranslatedEvent deleted(Change change) {
        if (change.known.isEmpty()) {
            return change.ignored("the hub never planned this promotion: nothing to cancel");
        }
        if (change.known.get().cancelled()) {
            return change.ignored("promotion " + change.known.get().promotionId() + " was already cancelled");
        }
        return change.carried(new PromotionCancelled(change.known.get().promotionId(), change.cancellationReason()));
    }

    private Promotion previous(Change change, String promotionId) {
        return history.promotion(promotionId).orElseThrow(() -> change.rejected("the hub holds no planned version of"
                + " promotion " + promotionId + " to apply this UPDATE to", PROMOTION_CHANGED));
    }

    /**
     * The promotion as the change and, for an UPDATE, its earlier version make it: first checked in the CRM's
     * own codes (nothing is looked up for a promotion that breaks a rule), then with its codes translated.
     */
    private Promotion promotion(Change change, Draft draft, Promotion previous, String messageType) {
        Promotion asGiven = draft.toPromotion(previous, Function.identity(), Function.identity(),
                Function.identity());
        boolean partialWithoutHistory = previous == null && "UPDATE".equals(change.event.header().changeType());
        change.requireValid(asGiven, messageType, partialWithoutHistory);
        String entityKey = EntityKeys.promotion(asGiven.id());
        Promotion translated = draft.toPromotion(previous,
                products -> products.stream().map(code -> change.product(code, messageType, entityKey)).toList(),
                accounts -> accounts.stream().map(id -> change.code("customer", ACCOUNT_IDS, id, messageType,
                        entityKey)).toList(),
                segment -> segment == null ? null : change.code("customer-segment", SEGMENT, segment, messageType,
                        entityKey));
        change.requireValid(translated, messageType, false);
        return translated;
    }

    private static boolean isCancelled(Field<String> status) {
        return status.value() != null && CANCELLED.equalsIgnoreCase(status.value());
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    /** One record of one change event, with what the hub knows of it. */
    private final class Change {

        final String system;
        final ChangeEvent event;
        final String recordId;
        final Optional<KnownRecord> known;

        Change(String system, ChangeEvent event, String recordId, Optional<KnownRecord> known) {
            this.system = system;
            this.event = event;
            this.recordId = recordId;
            this.known = known;
        }

        Draft draft(String messageType) {
            TypedFields fields = new TypedFields(new RecordChange(event));
            Draft draft = Draft.read(fields);
            if (draft.status.value() != null && !PLANNED.equalsIgnoreCase(draft.status.value())
                    && !CANCELLED.equalsIgnoreCase(draft.status.value())) {
                fields.problem(STATUS + " = " + quoted(draft.status.value()) + ": expected " + PLANNED + " or "
                        + CANCELLED);
            }
            if (!fields.problems().isEmpty()) {
                throw rejected(String.join("; ", fields.problems()), messageType);
            }
            return draft;
        }

        /**
         * Whether the UPDATE changed one of these fields: the header's changedFields say so; a relay that leaves
         * them out is read by the values the payload carries.
         */
        boolean touchesAny(List<String> fields) {
            ChangeEventHeader header = event.header();
            if (!header.changedFields().isEmpty() || !header.nulledFields().isEmpty()) {
                return fields.stream().anyMatch(header::lists);
            }
            return fields.stream().anyMatch(field -> SalesforceJson.text(event.payload(), field) != null);
        }

        String cancellationReason() {
            String reason = SalesforceJson.text(event.payload(), CANCELLATION_REASON);
            return reason != null ? reason : "cancelled in " + system;
        }

        String product(String code, String messageType, String entityKey) {
            // The hub wrote the canonical id into ProductCode: a code it knows needs no translation.
            return codes.isCanonical("product", code) ? code
                    : code("product", PRODUCT_CODES, code, messageType, entityKey);
        }

        String code(String table, String field, String code, String messageType, String entityKey) {
            try {
                return codes.toCanonical(new CodeSighting(table, system, code, null, Map.of(), false, FLOW,
                        event.sourceChangeId(recordId), event.json())).canonicalCode();
            } catch (UnmappedCodeException e) {
                if (e.mustPark()) {
                    throw new EventAwaitsCode(field, e, messageType, entityKey);
                }
                throw new EventRejected(describe() + ": " + field + ": " + e.getMessage(), messageType, entityKey);
            }
        }

        void requireValid(Promotion promotion, String messageType, boolean withoutHistory) {
            List<Violation> violations = validator.validate(promotion);
            if (violations.isEmpty()) {
                return;
            }
            String reason = (violations.size() == 1 ? "breaks 1 rule: " : "breaks " + violations.size() + " rules: ")
                    + violations.stream().map(CrmPromotionTranslator::describe).collect(Collectors.joining("; "));
            if (withoutHistory) {
                reason += " (an UPDATE carries only the fields that changed and the hub holds no earlier version of"
                        + " this promotion: add the fields above to the change event channel's enriched fields)";
            }
            throw rejected(reason, messageType);
        }

        EventRejected rejected(String reason, String messageType) {
            return new EventRejected(describe() + ": " + reason, messageType, entityKey());
        }

        TranslatedEvent carried(BoundaryEvent boundaryEvent) {
            return TranslatedEvent.carried(event, recordId, boundaryEvent);
        }

        TranslatedEvent ignored(String reason) {
            return TranslatedEvent.ignored(event, recordId, reason);
        }

        private String entityKey() {
            String code = known.map(KnownRecord::promotionId).orElse(SalesforceJson.text(event.payload(), CODE));
            return code != null ? EntityKeys.promotion(code) : system + ":" + SOBJECT + "/" + recordId;
        }

        private String describe() {
            String name = SalesforceJson.text(event.payload(), NAME);
            return event.describe(recordId) + (name == null ? "" : " \"" + name + "\"");
        }
    }

    /** A broken rule, named by the Promotion__c field and the canonical field it feeds. */
    private static String describe(Violation violation) {
        String value = violation.rejectedValue() == null ? "null" : "\"" + violation.rejectedValue() + "\"";
        String path = violation.path();
        return crmFieldOf(path) + (path.isEmpty() ? "" : " (canonical " + path + ")") + " = " + value + ": "
                + violation.rule();
    }

    static String crmFieldOf(String canonicalPath) {
        if (canonicalPath.startsWith("productIds")) {
            return PRODUCT_CODES;
        }
        if (canonicalPath.startsWith("customerIds")) {
            return ACCOUNT_IDS;
        }
        return switch (canonicalPath) {
            case "id" -> CODE;
            case "segment" -> SEGMENT;
            case "" -> ACCOUNT_IDS + " / " + SEGMENT;
            case "period" -> START_DATE + " / " + END_DATE;
            case "period.startDate" -> START_DATE;
            case "period.endDate" -> END_DATE;
            case "conditions.discountPercent" -> DISCOUNT_PERCENT;
            case "conditions.promotionalPrice", "conditions.promotionalPrice.amount" -> PROMOTIONAL_PRICE;
            case "conditions.promotionalPrice.currency" -> CURRENCY;
            case "conditions.terms" -> TERMS;
            case "expectedUpliftPercent" -> EXPECTED_UPLIFT;
            default -> canonicalPath;
        };
    }

    /**
     * The promotion's fields as the event gives them, still in the CRM's codes; for an UPDATE, the fields it
     * does not touch come from the promotion's earlier version (already canonical).
     */
    private record Draft(Field<String> code, Field<LocalDate> start, Field<LocalDate> end, Field<List<String>> products,
                         Field<List<String>> accounts, Field<String> segment, Field<BigDecimal> discount,
                         Field<BigDecimal> price, Field<String> currency, Field<String> terms,
                         Field<BigDecimal> uplift, Field<String> status) {

        static Draft read(TypedFields fields) {
            return new Draft(fields.text(CODE), fields.date(START_DATE), fields.date(END_DATE),
                    fields.list(PRODUCT_CODES), fields.list(ACCOUNT_IDS), fields.text(SEGMENT),
                    fields.decimal(DISCOUNT_PERCENT), fields.decimal(PROMOTIONAL_PRICE), fields.text(CURRENCY),
                    fields.text(TERMS), fields.decimal(EXPECTED_UPLIFT), fields.text(STATUS));
        }

        /** Codes the event gives go through the translations; codes of the earlier version are canonical already. */
        Promotion toPromotion(Promotion previous, Function<List<String>, List<String>> productCodes,
                              Function<List<String>, List<String>> accountIds, Function<String, String> segmentCode) {
            Optional<Promotion> before = Optional.ofNullable(previous);
            Optional<PromotionConditions> conditions = before.map(Promotion::conditions);
            Optional<Price> priceBefore = conditions.map(PromotionConditions::promotionalPrice);
            BigDecimal amount = price.or(priceBefore.map(Price::amount).orElse(null));
            String currencyCode = currency.or(priceBefore.map(Price::currency).orElse(null));
            List<String> productIds = products.touched() ? productCodes.apply(products.value())
                    : before.map(Promotion::productIds).orElse(List.of());
            List<String> customerIds = accounts.touched() ? accountIds.apply(accounts.value())
                    : before.map(Promotion::customerIds).orElse(List.of());
            String segmentNow = segment.touched() ? segmentCode.apply(segment.value())
                    : before.map(Promotion::segment).orElse(null);
            LocalDate startNow = start.or(before.map(p -> p.period().startDate()).orElse(null));
            LocalDate endNow = end.or(before.map(p -> p.period().endDate()).orElse(null));
            return new Promotion(code.or(before.map(Promotion::id).orElse(null)), new ArrayList<>(productIds),
                    new ArrayList<>(customerIds), segmentNow, new PromotionPeriod(startNow, endNow),
                    new PromotionConditions(discount.or(conditions.map(PromotionConditions::discountPercent).orElse(null)),
                            amount == null ? null : new Price(amount, currencyCode),
                            terms.or(conditions.map(PromotionConditions::terms).orElse(null))),
                    uplift.or(before.map(Promotion::expectedUpliftPercent).orElse(null)));
        }
    }
}
