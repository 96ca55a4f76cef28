package io.passerelle.mappings.crm;

import static io.passerelle.mappings.crm.CrmTables.CRM;
import static io.passerelle.mappings.crm.CrmTables.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.mappings.xref.InboxFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Salesforce Product2 change events into launch and withdrawal decisions, on real conversion tables. */
class CrmProductEventTranslatorTest {

    static final String PRODUCT2 = "01t5g00000AbCdEAAV";
    static final ObjectMapper JSON = new ObjectMapper();

    CrmTables crm;
    final Map<String, ProductLifecycle> known = new HashMap<>();
    CrmProductEventTranslator translator;

    @BeforeEach
    void setUp() {
        crm = CrmTables.onNewDatabase();
        // The hub upserted product A into Product2 and recorded the record id Salesforce gave it.
        crm.map("product", CRM, PRODUCT2, "PRD-A", "Product A", Map.of("gtin", "04006381333931"));
        known.put("PRD-A", new ProductLifecycle(ProductStatus.PLANNED, LocalDate.parse("2026-12-01"), null));
        translator = new CrmProductEventTranslator(crm.translator, id -> Optional.ofNullable(known.get(id)),
                ZoneOffset.UTC);
    }

    @Test
    void aLaunchDateMovedInTheCrmSaysWhichDateItReplaces() {
        TranslatedEvent translated = translate("product2-launch-date-update.json", e -> { });

        assertThat(translated.event()).isEqualTo(new LaunchDateChanged("PRD-A", LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-15"), "packaging supplier late"));
        assertThat(translated.sourceChangeId()).isEqualTo("0004b1d2-7a3c-51e0-9d2b-6f0e1c2a3b4d:1:" + PRODUCT2);
        assertThat(translator.messageTypeOf(ChangeEvent.parse(fixture("product2-launch-date-update.json"))))
                .isEqualTo("LaunchDateChanged");
    }

    @Test
    void withoutAReasonFieldTheReasonNamesTheCrm() {
        TranslatedEvent translated = translate("product2-launch-date-update.json",
                payload -> payload.remove("Launch_Change_Reason__c"));

        assertThat(((LaunchDateChanged) translated.event()).reason()).isEqualTo("changed in crm");
    }

    @Test
    void theHubsOwnLaunchDateComingBackIsIgnored() {
        known.put("PRD-A", new ProductLifecycle(ProductStatus.PLANNED, LocalDate.parse("2026-12-15"), null));

        TranslatedEvent translated = translate("product2-launch-date-update.json", e -> { });

        assertThat(translated.isIgnored()).isTrue();
        assertThat(translated.ignoredBecause()).contains("Launch_Date__c = 2026-12-15 is the launch date the hub"
                + " already holds for PRD-A");
    }

    @Test
    void aWithdrawalBecomesProductWithdrawnOnItsDate() {
        TranslatedEvent translated = translate("product2-withdrawal-update.json", e -> { });

        assertThat(translated.event()).isEqualTo(new ProductWithdrawn("PRD-A", LocalDate.parse("2026-12-10"),
                "withdrawn in crm"));
    }

    @Test
    void aWithdrawalWithoutADateTakesTheDayOfItsCommit() {
        TranslatedEvent translated = translate("product2-withdrawal-update.json", payload -> {
            payload.remove("Withdrawal_Date__c");
            header(payload).putArray("changedFields").add("Lifecycle_Status__c");
        });

        assertThat(((ProductWithdrawn) translated.event()).withdrawalDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void otherProductChangesAndCreationsAreAcknowledgedNotRefused() {
        TranslatedEvent description = translate("product2-launch-date-update.json", payload -> {
            payload.remove("Launch_Date__c");
            payload.remove("Launch_Change_Reason__c");
            payload.put("Description", "New recipe");
            header(payload).putArray("changedFields").add("Description").add("LastModifiedDate");
        });
        TranslatedEvent created = translate("product2-launch-date-update.json",
                payload -> header(payload).put("changeType", "CREATE"));

        assertThat(description.ignoredBecause()).startsWith("neither Launch_Date__c nor a withdrawal changed"
                + " (changed: Description, LastModifiedDate)");
        assertThat(created.ignoredBecause()).startsWith("CREATE of a Product2 is not a decision the hub carries");
    }

    @Test
    void anUnreadableDateIsRefusedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> translate("product2-launch-date-update.json",
                payload -> payload.put("Launch_Date__c", "15/12/2026")))
                .isInstanceOf(EventRejected.class)
                .hasMessageContaining("Launch_Date__c = \"15/12/2026\": not a date (expected YYYY-MM-DD)");
    }

    @Test
    void aProduct2RecordTheHubNeverWroteWaitsForItsProductToBeMapped() {
        assertThatThrownBy(() -> translate("product2-launch-date-update.json",
                payload -> header(payload).putArray("recordIds").add("01t5g00000ZzZzZAAV")))
                .isInstanceOfSatisfying(EventAwaitsCode.class, e -> {
                    assertThat(e.unmapped().sighting().domain()).isEqualTo("product");
                    assertThat(e.unmapped().sighting().code()).isEqualTo("01t5g00000ZzZzZAAV");
                    assertThat(e.messageType()).isEqualTo("LaunchDateChanged");
                    assertThat(e.entityKey()).isEqualTo("crm:Product2/01t5g00000ZzZzZAAV");
                });
        assertThat(crm.inbox.list(InboxFilter.open(), 10)).singleElement()
                .satisfies(entry -> assertThat(entry.externalCode()).isEqualTo("01t5g00000ZzZzZAAV"));
    }

    private TranslatedEvent translate(String fixture, Consumer<ObjectNode> change) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(fixture(fixture));
            change.accept((ObjectNode) event.get("payload"));
            ChangeEvent parsed = ChangeEvent.parse(event.toString());
            return translator.translate(CRM, parsed, parsed.header().recordIds().get(0));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode header(ObjectNode payload) {
        return (ObjectNode) payload.get("ChangeEventHeader");
    }
}
