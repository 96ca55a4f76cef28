package io.passerelle.mappings.crm;

import static io.passerelle.mappings.crm.CrmTables.CRM;
import static io.passerelle.mappings.crm.CrmTables.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.passerelle.canonical.Address;
import io.passerelle.canonical.AddressKind;
import io.passerelle.canonical.Customer;
import io.passerelle.canonical.ServiceClass;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.InboxFilter;
import io.passerelle.mappings.xref.Translation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Salesforce Account change events into canonical customers, on real conversion tables. */
class CrmAccountTranslatorTest {

    static final String ACCOUNT = "0015g00000LxR7QAAV";
    static final String RETAILER_R_GLN = "5412345000013";
    static final ObjectMapper JSON = new ObjectMapper();

    CrmTables crm;
    CrmAccountTranslator translator;

    @BeforeEach
    void setUp() {
        crm = CrmTables.onNewDatabase();
        translator = new CrmAccountTranslator(crm.translator, new CanonicalValidator());
        crm.map("customer-segment", CRM, "Key Accounts", "SEG-KEY", "Key accounts (vendor-managed)", Map.of());
    }

    @Test
    void aCreatedAccountBecomesANewCanonicalCustomer() {
        ChangeEvent event = ChangeEvent.parse(fixture("account-create.json"));

        TranslatedAccount account = translator.translate(CRM, event, ACCOUNT, CustomerHistory.none());

        Customer customer = account.customer();
        assertThat(account.identity()).isEqualTo(Translation.How.CREATED);
        assertThat(customer.id()).startsWith("CUS-");
        assertThat(customer.name()).isEqualTo("Retailer R — Hypermarchés du Nord");
        assertThat(customer.gln()).isEqualTo(RETAILER_R_GLN);
        assertThat(customer.vatNumber()).isEqualTo("BE0123456749");
        assertThat(customer.segment()).isEqualTo("SEG-KEY");
        assertThat(customer.serviceClass()).isEqualTo(ServiceClass.KEY_ACCOUNT);
        assertThat(customer.addresses()).containsExactly(
                new Address(AddressKind.BILLING, List.of("Chaussée de Louvain 431", "Bâtiment C"), "1030", "Bruxelles", "BE"),
                new Address(AddressKind.DELIVERY, List.of("Rue de l'Entrepôt 12"), "1800", "Vilvoorde", "BE"));
        assertThat(account.sourceChangeId()).isEqualTo("0002a5f9-6e43-36b4-7e8e-1f83b7ab2bd5:1:" + ACCOUNT);
        assertThat(account.entityKey()).isEqualTo("customer:" + customer.id());
        assertThat(account.businessKeys()).containsExactly("gln:" + RETAILER_R_GLN, "vat:BE0123456749",
                "customer:" + customer.id());
        // The CRM is the system of record: its account id is now in the customer table.
        assertThat(crm.canonicalOf("customer", CRM, ACCOUNT)).isEqualTo(customer.id());
    }

    @Test
    void anAccountCarryingTheGlnOfAKnownErpCustomerIsLinkedToIt() {
        crm.map("customer", "erp", "100234", "CUS-R", "Retailer R", Map.of("gln", RETAILER_R_GLN));

        TranslatedAccount account = translator.translate(CRM, ChangeEvent.parse(fixture("account-create.json")),
                ACCOUNT, CustomerHistory.none());

        assertThat(account.identity()).isEqualTo(Translation.How.LINKED);
        assertThat(account.customer().id()).isEqualTo("CUS-R");
        assertThat(crm.canonicalOf("customer", CRM, ACCOUNT)).isEqualTo("CUS-R");
    }

    @Test
    void anUpdateChangesWhatItCarriesAndKeepsTheRestOfTheEarlierVersion() {
        Customer created = translator.translate(CRM, ChangeEvent.parse(fixture("account-create.json")), ACCOUNT,
                CustomerHistory.none()).customer();

        TranslatedAccount updated = translator.translate(CRM, ChangeEvent.parse(fixture("account-update.json")),
                ACCOUNT, id -> Optional.of(created));

        assertThat(updated.identity()).isEqualTo(Translation.How.MAPPED);
        assertThat(updated.customer()).isEqualTo(new Customer(created.id(), "Retailer R — Hypermarchés du Nord SA",
                created.gln(), created.vatNumber(), List.of(
                        new Address(AddressKind.BILLING, List.of("Chaussée de Louvain 433"), "1030", "Bruxelles", "BE"),
                        created.addresses().get(1)),
                "SEG-KEY", ServiceClass.KEY_ACCOUNT));
    }

    @Test
    void anUpdateClearsTheFieldsItListsAsNulled() {
        Customer created = translator.translate(CRM, ChangeEvent.parse(fixture("account-create.json")), ACCOUNT,
                CustomerHistory.none()).customer();
        // As the Pub/Sub API sends it: unchanged fields present as null, cleared ones listed in nulledFields.
        ChangeEvent event = edit("account-update.json", payload -> {
            header(payload).putArray("nulledFields").add("VAT_Number__c").add("ShippingAddress");
            payload.putNull("VAT_Number__c");
            payload.putNull("GLN__c");
            payload.putNull("ShippingAddress");
        });

        Customer updated = translator.translate(CRM, event, ACCOUNT, id -> Optional.of(created)).customer();

        assertThat(updated.vatNumber()).isNull();
        assertThat(updated.gln()).isEqualTo(RETAILER_R_GLN);
        assertThat(updated.addresses()).extracting(Address::kind).containsExactly(AddressKind.BILLING);
    }

    @Test
    void anUnknownSegmentFollowsThePolicyOfItsTableAndIsReportedToStewards() {
        ChangeEvent event = edit("account-create.json", payload -> payload.put("Segment__c", "Gold Partners"));

        assertThatThrownBy(() -> translator.translate(CRM, event, ACCOUNT, CustomerHistory.none()))
                .isInstanceOfSatisfying(AccountAwaitsCode.class, e -> {
                    assertThat(e.unmapped().mustPark()).isTrue();
                    assertThat(e.unmapped().sighting().domain()).isEqualTo("customer-segment");
                    assertThat(e.unmapped().sighting().code()).isEqualTo("Gold Partners");
                    assertThat(e.unmapped().sighting().flow()).isEqualTo(CrmAccountTranslator.FLOW);
                    // The account itself is known by now: the waiting change can be found by its customer too.
                    assertThat(e.canonicalId()).isEqualTo(crm.canonicalOf("customer", CRM, ACCOUNT));
                    assertThat(e.businessKeys()).containsExactly("gln:" + RETAILER_R_GLN, "vat:BE0123456749",
                            "customer:" + e.canonicalId());
                });
        assertThat(crm.inbox.list(InboxFilter.open(), 10)).singleElement().satisfies(entry -> {
            assertThat(entry.domain()).isEqualTo("customer-segment");
            assertThat(entry.sampleMessage()).contains("\"Gold Partners\"");
        });
    }

    @Test
    void anAccountOfACrmThatIsNotTheSystemOfRecordWaitsUntilItIsMapped() {
        assertThatThrownBy(() -> translator.translate("crm-eu", ChangeEvent.parse(fixture("account-create.json")),
                ACCOUNT, CustomerHistory.none()))
                .isInstanceOfSatisfying(AccountAwaitsCode.class, e -> {
                    assertThat(e.unmapped().sighting().domain()).isEqualTo("customer");
                    assertThat(e.canonicalId()).isNull();
                    assertThat(e.businessKeys()).containsExactly("gln:" + RETAILER_R_GLN, "vat:BE0123456749");
                });
    }

    @Test
    void aCodeWhoseTableSaysRejectRefusesTheChange() {
        crm.map("customer", "erp", "100234", "CUS-R", "Retailer R", Map.of("gln", RETAILER_R_GLN));
        ChangeEvent event = edit("account-create.json", payload -> payload.put("Segment__c", "Platinum"));

        // crm-eu links to the ERP's customer by GLN, but its segments are declared "reject" (see CrmTables).
        assertThatThrownBy(() -> translator.translate("crm-eu", event, ACCOUNT, CustomerHistory.none()))
                .isInstanceOfSatisfying(AccountRejected.class, e -> {
                    assertThat(e).hasMessageEndingWith("no customer-segment mapping for crm-eu code 'Platinum': rejected"
                            + " (policy for customer-segment/crm-eu is reject)");
                    assertThat(e.canonicalId()).isEqualTo("CUS-R");
                    assertThat(e.businessKeys()).contains("customer:CUS-R");
                });
    }

    @Test
    void theKeysAnEventCarriesAreReadWithoutTranslatingIt() {
        assertThat(translator.businessKeysCarriedBy(ChangeEvent.parse(fixture("account-create.json"))))
                .containsExactly("gln:" + RETAILER_R_GLN, "vat:BE0123456749");
        assertThat(translator.businessKeysCarriedBy(ChangeEvent.parse(fixture("account-update.json")))).isEmpty();
        assertThat(crm.canonicalOf("customer", CRM, ACCOUNT)).isNull();
    }

    @Test
    void aMistypedGlnIsRefusedNamingTheCrmFieldAndNothingIsLearned() {
        ChangeEvent event = edit("account-create.json", payload -> payload.put("GLN__c", "5412345000014"));

        assertThatThrownBy(() -> translator.translate(CRM, event, ACCOUNT, CustomerHistory.none()))
                .isInstanceOfSatisfying(AccountRejected.class, e -> {
                    assertThat(e).hasMessage("Account " + ACCOUNT + " (CREATE, change 0002a5f9-6e43-36b4-7e8e-1f83b7ab2bd5:1:"
                            + ACCOUNT + ") breaks 1 rule: GLN__c (canonical gln) = \"5412345000014\":"
                            + " GLN check digit is wrong: expected 3, found 4");
                    assertThat(e.canonicalId()).isNull();
                    assertThat(e.businessKeys()).containsExactly("gln:5412345000014", "vat:BE0123456749");
                });
        assertThat(crm.canonicalOf("customer", CRM, ACCOUNT)).isNull();
    }

    @Test
    void everyBrokenRuleIsNamedByItsCrmField() {
        ChangeEvent event = edit("account-create.json", payload -> {
            payload.remove("Name");
            payload.put("Service_Class__c", "Gold");
            ((ObjectNode) payload.get("ShippingAddress")).put("CountryCode", "XX");
        });

        assertThatThrownBy(() -> translator.translate(CRM, event, ACCOUNT, CustomerHistory.none()))
                .isInstanceOf(AccountRejected.class)
                .hasMessageContaining("breaks 3 rules")
                .hasMessageContaining("Service_Class__c (canonical serviceClass) = \"Gold\": not a service class:"
                        + " expected 'Key Account' (KEY_ACCOUNT), 'Committed Volume' (COMMITTED_VOLUME), 'Standard' (STANDARD)")
                .hasMessageContaining("Name (canonical name) = null: must not be blank")
                .hasMessageContaining("ShippingAddress.CountryCode (canonical addresses[1].country) = \"XX\"");
    }

    @Test
    void anUpdateOfACustomerTheHubNeverSawSaysWhichFieldsAreMissingAndWhy() {
        assertThatThrownBy(() -> translator.translate(CRM, ChangeEvent.parse(fixture("account-update.json")), ACCOUNT,
                CustomerHistory.none()))
                .isInstanceOf(AccountRejected.class)
                .hasMessageContaining("Segment__c (canonical segment) = null: must not be blank")
                .hasMessageContaining("Service_Class__c (canonical serviceClass) = null: must not be null")
                .hasMessageContaining("BillingAddress.City (canonical addresses[0].city) = null")
                .hasMessageContaining("add the missing fields to the change event channel's enriched fields");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Account | DELETE      | 0015g00000LxR7QAAV | DELETE is not carried: the canonical model has no customer deletion",
            "Account | GAP_UPDATE  | 0015g00000LxR7QAAV | GAP_UPDATE event: Salesforce could not send the change itself",
            "Account | UPDATE      | 001*               | wildcard record id '001*'",
            "Contact | CREATE      | 0035g00000K1b2CAAR | Contact change events are not carried: this webhook takes Account changes"})
    void whatCannotBeCarriedIsRefusedWithItsReason(String entity, String changeType, String recordId, String reason) {
        ChangeEvent event = edit("account-create.json", payload -> {
            header(payload).put("entityName", entity).put("changeType", changeType);
            header(payload).putArray("recordIds").add(recordId);
        });

        assertThatThrownBy(() -> translator.translate(CRM, event, recordId, CustomerHistory.none()))
                .isInstanceOf(AccountRejected.class).hasMessageContaining(reason);
        assertThat(crm.canonicalOf("customer", CRM, recordId)).isNull();
    }

    @Test
    void aWebhookBodyIsOneEventOrAnArrayOfThem() {
        String one = fixture("account-create.json");
        assertThat(ChangeEvent.split(one)).hasSize(1);
        assertThat(ChangeEvent.split("[" + one + "," + fixture("account-update.json") + "]"))
                .extracting(node -> ChangeEvent.of(node).header().changeType()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void anUnreadableEventSaysWhatIsWrong() {
        assertThatThrownBy(() -> ChangeEvent.split("{\"payload\": "))
                .isInstanceOf(MalformedChangeEvent.class).hasMessageStartingWith("the body is not JSON");
        assertThatThrownBy(() -> ChangeEvent.split("{\"payload\": {}, \"payload\": {}}"))
                .isInstanceOf(MalformedChangeEvent.class).hasMessageContaining("Duplicate field 'payload'");
        assertThatThrownBy(() -> ChangeEvent.parse("{\"schema\": \"x\"}"))
                .isInstanceOf(MalformedChangeEvent.class).hasMessage("the change event has no \"payload\" object");
        ChangeEvent noSequence = ChangeEvent.parse(fixture("account-create.json"));
        ((ObjectNode) noSequence.payload().get("ChangeEventHeader")).remove("sequenceNumber");
        assertThatThrownBy(() -> ChangeEvent.of(JSON.valueToTree(Map.of("payload", noSequence.payload()))))
                .isInstanceOf(MalformedChangeEvent.class)
                .hasMessage("ChangeEventHeader.sequenceNumber must be an integer");
    }

    private static ChangeEvent edit(String fixture, Consumer<ObjectNode> payloadEdit) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(fixture(fixture));
            payloadEdit.accept((ObjectNode) event.get("payload"));
            return ChangeEvent.parse(JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode header(ObjectNode payload) {
        return (ObjectNode) payload.get("ChangeEventHeader");
    }
}
