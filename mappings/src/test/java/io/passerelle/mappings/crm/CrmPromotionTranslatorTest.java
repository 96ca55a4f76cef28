package io.passerelle.mappings.crm;

import static io.passerelle.mappings.crm.CrmTables.CRM;
import static io.passerelle.mappings.crm.CrmTables.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.Price;
import io.passerelle.canonical.Promotion;
import io.passerelle.canonical.PromotionConditions;
import io.passerelle.canonical.PromotionPeriod;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.InboxFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Salesforce Promotion__c change events into planned, changed and cancelled promotions, on real tables. */
class CrmPromotionTranslatorTest {

    static final String RECORD = "a0B5g00000PrM01EAE";
    static final String RETAILER_R = "0015g00000R1tLrAAJ";
    static final ObjectMapper JSON = new ObjectMapper();

    static final Promotion PLANNED = new Promotion("PROMO-2027-01", List.of("PRD-000002"), List.of("CUS-R"), null,
            new PromotionPeriod(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-01-24")),
            new PromotionConditions(new BigDecimal("20"), new Price(new BigDecimal("3.49"), "EUR"),
                    "2 for 1 on the shelf, end caps in every store"), new BigDecimal("35"));

    CrmTables crm;
    final Map<String, PromotionHistory.KnownRecord> records = new HashMap<>();
    final Map<String, Promotion> promotions = new HashMap<>();
    CrmPromotionTranslator translator;

    @BeforeEach
    void setUp() {
        crm = CrmTables.onNewDatabase();
        crm.tables.createCanonical("product", "PRD-000002", "Product B", Map.of(),
                ChangeAuthor.steward("sophie", "product B from the ERP"));
        crm.map("customer", CRM, RETAILER_R, "CUS-R", "Retailer R", Map.of());
        crm.map("customer-segment", CRM, "Key Accounts", "SEG-KEY", "Key accounts", Map.of());
        translator = new CrmPromotionTranslator(crm.translator, new PromotionHistory() {
            @Override
            public Optional<KnownRecord> record(String system, String recordId) {
                return Optional.ofNullable(records.get(system + "/" + recordId));
            }

            @Override
            public Optional<Promotion> promotion(String promotionId) {
                return Optional.ofNullable(promotions.get(promotionId));
            }
        }, new CanonicalValidator());
    }

    @Test
    void aCreatedPromotionIsPlannedWhole() {
        TranslatedEvent translated = translate("promotion-create.json", payload -> { });

        assertThat(translated.event()).isEqualTo(new PromotionPlanned(PLANNED));
        assertThat(translated.sourceChangeId()).isEqualTo("0005c7e1-2b3a-4f6d-8e9c-1a2b3c4d5e6f:1:" + RECORD);
    }

    @Test
    void anUpdateIsLaidOverThePromotionAsTheHubKnewItAndCarriesItWhole() {
        known(false);

        TranslatedEvent translated = translate("promotion-update.json", payload -> { });

        Promotion now = ((PromotionChanged) translated.event()).promotion();
        assertThat(now.expectedUpliftPercent()).isEqualByComparingTo("50");
        assertThat(now.period()).isEqualTo(PLANNED.period());
        assertThat(now.customerIds()).containsExactly("CUS-R");
        assertThat(now.productIds()).containsExactly("PRD-000002");
        assertThat(now.conditions()).isEqualTo(PLANNED.conditions());
    }

    @Test
    void anUpdateSwitchingFromAccountsToASegmentTranslatesTheSegment() {
        known(false);

        TranslatedEvent translated = translate("promotion-update.json", payload -> {
            payload.remove("Expected_Uplift_Percent__c");
            payload.put("Segment__c", "Key Accounts");
            header(payload).putArray("changedFields").add("Segment__c");
            header(payload).putArray("nulledFields").add("Account_Ids__c");
        });

        Promotion now = ((PromotionChanged) translated.event()).promotion();
        assertThat(now.segment()).isEqualTo("SEG-KEY");
        assertThat(now.customerIds()).isEmpty();
    }

    @Test
    void statusCancelledOrADeletionCancelsWithTheReasonGiven() {
        known(false);

        TranslatedEvent byStatus = translate("promotion-update.json", payload -> {
            payload.remove("Expected_Uplift_Percent__c");
            payload.put("Status__c", "Cancelled").put("Cancellation_Reason__c", "budget cut");
            header(payload).putArray("changedFields").add("Status__c").add("Cancellation_Reason__c");
        });
        TranslatedEvent byDeletion = translate("promotion-delete.json", payload -> { });

        assertThat(byStatus.event()).isEqualTo(new PromotionCancelled("PROMO-2027-01", "budget cut"));
        assertThat(byDeletion.event()).isEqualTo(new PromotionCancelled("PROMO-2027-01", "cancelled in crm"));
    }

    @Test
    void whatChangesNoPromotionIsIgnored() {
        TranslatedEvent neverPlanned = translate("promotion-delete.json", payload -> { });
        known(true);
        TranslatedEvent alreadyCancelled = translate("promotion-delete.json", payload -> { });
        known(false);
        TranslatedEvent nameOnly = translate("promotion-update.json", payload -> {
            payload.remove("Expected_Uplift_Percent__c");
            payload.put("Name", "Winter promotion");
            header(payload).putArray("changedFields").add("Name").add("LastModifiedDate");
        });

        assertThat(neverPlanned.ignoredBecause()).isEqualTo("the hub never planned this promotion: nothing to cancel");
        assertThat(alreadyCancelled.ignoredBecause()).isEqualTo("promotion PROMO-2027-01 was already cancelled");
        assertThat(nameOnly.ignoredBecause()).startsWith("none of the promotion's fields changed (changed: Name,");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheFieldBeforeAnyCodeIsLookedUp() {
        assertThatThrownBy(() -> translate("promotion-create.json", payload -> payload
                .put("End_Date__c", "2027-01-01").put("Account_Ids__c", "0015g00000UnKnOwNAAJ")))
                .isInstanceOfSatisfying(EventRejected.class, e -> {
                    assertThat(e.getMessage()).contains("Promotion__c " + RECORD + " (CREATE, change ")
                            .contains("\"Winter 2 for 1 — Retailer R\"")
                            .endsWith("breaks 1 rule: End_Date__c (canonical period.endDate) = \"2027-01-01\":"
                                    + " must be on or after startDate \"2027-01-10\"");
                    assertThat(e.messageType()).isEqualTo("PromotionPlanned");
                    assertThat(e.entityKey()).isEqualTo("promotion:PROMO-2027-01");
                });
        assertThat(crm.inbox.list(InboxFilter.open(), 10)).isEmpty();
    }

    @Test
    void accountsAndASegmentTogetherAreRefusedNamingTheCrmField() {
        assertThatThrownBy(() -> translate("promotion-create.json", payload -> payload.put("Segment__c", "Key Accounts")))
                .isInstanceOf(EventRejected.class)
                .hasMessageContaining("Segment__c (canonical segment) = \"Key Accounts\": exactly one of customerIds,"
                        + " segment may be given");
    }

    @Test
    void anUnknownAccountWaitsForAStewardAndAnUnknownProductCodeForTheProductTable() {
        assertThatThrownBy(() -> translate("promotion-create.json",
                payload -> payload.put("Account_Ids__c", RETAILER_R + "; 0015g00000NeWaCAAJ")))
                .isInstanceOfSatisfying(EventAwaitsCode.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Account_Ids__c: no customer mapping for crm code"
                            + " '0015g00000NeWaCAAJ': message parked until a steward maps it");
                    assertThat(e.messageType()).isEqualTo("PromotionPlanned");
                    assertThat(e.entityKey()).isEqualTo("promotion:PROMO-2027-01");
                });
        assertThatThrownBy(() -> translate("promotion-create.json",
                payload -> payload.put("Product_Codes__c", "PRD-000002;LEGACY-77")))
                .isInstanceOfSatisfying(EventAwaitsCode.class, e -> {
                    assertThat(e.unmapped().sighting().domain()).isEqualTo("product");
                    assertThat(e.unmapped().sighting().code()).isEqualTo("LEGACY-77");
                });
    }

    @Test
    void aPromotionsCodeCannotChange() {
        known(false);

        assertThatThrownBy(() -> translate("promotion-update.json", payload -> {
            payload.put("Promotion_Code__c", "PROMO-2027-99");
            header(payload).putArray("changedFields").add("Promotion_Code__c");
        })).isInstanceOf(EventRejected.class).hasMessageContaining("Promotion_Code__c = \"PROMO-2027-99\": a"
                + " promotion's code cannot change (this record is promotion PROMO-2027-01)");
    }

    @Test
    void anUpdateOfAPromotionTheHubNeverSawNamesTheMissingFields() {
        assertThatThrownBy(() -> translate("promotion-update.json", payload -> { }))
                .isInstanceOf(EventRejected.class)
                .hasMessageContaining("Promotion_Code__c (canonical id) = null")
                .hasMessageContaining("add the fields above to the change event channel's enriched fields");
    }

    private void known(boolean cancelled) {
        records.put(CRM + "/" + RECORD, new PromotionHistory.KnownRecord("PROMO-2027-01", cancelled));
        promotions.put("PROMO-2027-01", PLANNED);
    }

    private TranslatedEvent translate(String fixture, Consumer<ObjectNode> change) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(fixture(fixture));
            change.accept((ObjectNode) event.get("payload"));
            return translator.translate(CRM, ChangeEvent.parse(event.toString()), RECORD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode header(ObjectNode payload) {
        return (ObjectNode) payload.get("ChangeEventHeader");
    }
}
