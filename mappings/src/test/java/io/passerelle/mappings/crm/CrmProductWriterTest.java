package io.passerelle.mappings.crm;

import static io.passerelle.mappings.crm.CrmTables.CRM;
import static io.passerelle.mappings.crm.CrmTables.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.ProductLifecycle;
import io.passerelle.canonical.ProductStatus;
import io.passerelle.canonical.validation.CanonicalValidationException;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Canonical products as Salesforce Product2 upserts, units through the real conversion tables. */
class CrmProductWriterTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Product DARK_CHOCOLATE = new Product("PRD-000001", "4006381333931",
            "Chocolat noir 70 % — tablette 100 g", "H87",
            new ProductLifecycle(ProductStatus.PHASING_OUT, LocalDate.of(2025, 2, 3), LocalDate.of(2026, 12, 31)));

    CrmTables crm;
    CrmProductWriter writer;

    @BeforeEach
    void setUp() {
        crm = CrmTables.onNewDatabase();
        writer = new CrmProductWriter(crm.translator, new CanonicalValidator());
        crm.map("unit-of-measure", CRM, "Each", "H87", "piece", Map.of("iso", "H87"));
    }

    @Test
    void aProductIsUpsertedByItsCanonicalIdWithTheRecordedBody() throws Exception {
        SObjectUpsert upsert = writer.write(CRM, DARK_CHOCOLATE);

        assertThat(upsert.path()).isEqualTo("/services/data/v61.0/sobjects/Product2/Passerelle_Id__c/PRD-000001");
        assertThat(upsert.describe()).isEqualTo("Product2/Passerelle_Id__c/PRD-000001");
        assertThat(JSON.readTree(upsert.body())).isEqualTo(JSON.readTree(fixture("product2-upsert-request.json")));
    }

    @Test
    void aPlannedProductIsInactiveAndItsUnknownDatesAreCleared() throws Exception {
        Product planned = new Product("PRD-000002", "4006381333931", "Chocolat au lait — tablette 100 g", "H87",
                new ProductLifecycle(ProductStatus.PLANNED, null, null));

        JsonNode body = JSON.readTree(writer.write(CRM, planned).body());

        assertThat(body.get("IsActive").asBoolean()).isFalse();
        assertThat(body.get("Lifecycle_Status__c").asText()).isEqualTo("PLANNED");
        assertThat(body.get("Launch_Date__c").isNull()).isTrue();
        assertThat(body.get("Withdrawal_Date__c").isNull()).isTrue();
    }

    @Test
    void aLongDescriptionIsCutToTheLengthOfProduct2Name() throws Exception {
        String description = "Assortiment ".repeat(30);
        Product product = new Product("PRD-000003", "4006381333931", description, "H87",
                new ProductLifecycle(ProductStatus.ACTIVE, null, null));

        JsonNode body = JSON.readTree(writer.write(CRM, product).body());

        assertThat(body.get("Name").asText()).hasSize(255);
        assertThat(body.get("Description").asText()).isEqualTo(description);
    }

    @Test
    void anInvalidProductIsRefusedBeforeAnythingIsSent() {
        Product badGtin = new Product("PRD-000004", "4006381333932", "Chocolat blanc", "H87",
                new ProductLifecycle(ProductStatus.ACTIVE, null, null));

        assertThatThrownBy(() -> writer.write(CRM, badGtin)).isInstanceOf(CanonicalValidationException.class)
                .hasMessageContaining("gtin = \"4006381333932\": GTIN check digit is wrong: expected 1, found 2");
    }

    @Test
    void aUnitWithoutACodeInTheCrmIsRefusedAsItsTableSays() {
        Product byWeight = new Product("PRD-000005", "4006381333931", "Fèves de cacao en vrac", "KGM",
                new ProductLifecycle(ProductStatus.ACTIVE, null, null));

        assertThatThrownBy(() -> writer.write(CRM, byWeight)).isInstanceOfSatisfying(UnmappedCodeException.class,
                e -> assertThat(e.mustPark()).isFalse());
    }

    @Test
    void salesforceAnswersAreRead() {
        assertThat(SalesforceResponse.recordId(fixture("product2-created-response.json"))).hasValue("01t5g00000AbCdEAAV");
        assertThat(SalesforceResponse.recordId("")).isEmpty();
        assertThat(SalesforceResponse.errors(fixture("product2-error-response.json"))).singleElement()
                .isEqualTo(new SalesforceResponse.Error("Lifecycle Status: bad value for restricted picklist field: PHASING_OUT",
                        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", java.util.List.of("Lifecycle_Status__c")));
        assertThat(SalesforceResponse.onlyTransientErrors(fixture("product2-error-response.json"))).isFalse();
        assertThat(SalesforceResponse.onlyTransientErrors(fixture("request-limit-response.json"))).isTrue();
        assertThat(SalesforceResponse.onlyTransientErrors("<html>Service Unavailable</html>")).isFalse();
    }
}
