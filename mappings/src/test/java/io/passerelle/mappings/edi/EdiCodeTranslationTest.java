package io.passerelle.mappings.edi;

import static io.passerelle.mappings.edi.EdiFixtures.GTIN_A;
import static io.passerelle.mappings.edi.EdiFixtures.GTIN_B;
import static io.passerelle.mappings.edi.EdiTestBed.HUB_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.RETAILER_GLN;
import static io.passerelle.mappings.edi.EdiTestBed.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.canonical.Order;
import io.passerelle.canonical.OrderLine;
import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.TradingPartner;
import io.passerelle.mappings.edi.read.InboundEdi;
import io.passerelle.mappings.edi.read.InterchangeReader;
import io.passerelle.mappings.edi.read.MessageOutcome;
import io.passerelle.mappings.edi.read.ReadOptions;
import io.passerelle.mappings.edi.read.Received;
import io.passerelle.mappings.edi.read.ReceivedMessage;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.testing.SharedPostgres;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.InboxEntry;
import io.passerelle.mappings.xref.InboxFilter;
import io.passerelle.mappings.xref.MissingCodePolicy;
import io.passerelle.mappings.xref.Translation;
import io.passerelle.mappings.xref.UnmappedCodeException;
import io.passerelle.mappings.xref.UnmappedCodeInbox;
import io.passerelle.mappings.xref.XrefDomain;
import io.passerelle.mappings.xref.XrefDomains;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Partner ORDERS through the real conversion tables on PostgreSQL: known GTINs and GLNs link the
 * partner's codes to the canonical entries the ERP and the CRM created, and an article nobody knows
 * follows its domain's policy for that partner (retailer R: park; supplier S: reject).
 */
class EdiCodeTranslationTest {

    private static final String RETAILER_SYSTEM = "edi-retailer-r";
    private static final String SUPPLIER_SYSTEM = "edi-supplier-s";
    private static final XrefDomains DOMAINS = new XrefDomains(List.of(
            new XrefDomain("product", false, List.of("gtin"), "erp", "PRD",
                    Map.of(RETAILER_SYSTEM, MissingCodePolicy.park(), "*", MissingCodePolicy.reject())),
            new XrefDomain("customer", false, List.of("gln"), "crm", "CUS", Map.of("*", MissingCodePolicy.park())),
            new XrefDomain("unit-of-measure", true, List.of("iso"), null, null, Map.of("*", MissingCodePolicy.passThrough()))));

    private UnmappedCodeInbox inbox;
    private CodeTranslator translator;
    private InboundEdi gateway;
    private String productA;
    private String customerR;

    @BeforeEach
    void tables() {
        DataSource dataSource = SharedPostgres.newDatabase("edi_xref");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/mappings").load().migrate();
        ConversionTables tables = new ConversionTables(DOMAINS, dataSource, new DataSourceTransactionManager(dataSource));
        inbox = new UnmappedCodeInbox(tables);
        translator = new CodeTranslator(tables, inbox);
        productA = master("product", "erp", "A-100", "Produit A", Map.of("gtin", GTIN_A));
        master("product", "erp", "B-200", "Produit B", Map.of("gtin", GTIN_B));
        customerR = master("customer", "crm", "ACC-R", "Retailer R", Map.of("gln", RETAILER_GLN));
        gateway = new InboundEdi(new MessageSchemas(), InboundTranslators.standard(),
                interchange -> new TradingPartner(interchange.senderId().equals(RETAILER_GLN) ? RETAILER_SYSTEM : SUPPLIER_SYSTEM,
                        "erp", "EUR"),
                translator, List.of(HUB_GLN), ReadOptions.defaults());
    }

    @Test
    void partner_codes_link_to_the_canonical_entries_by_gtin_and_gln_and_are_remembered() {
        byte[] file = orders(RETAILER_GLN, EdiFixtures.ordersBody("PO-4711", "48"));
        Order order = ((MessageOutcome.Translated) read(file).outcome()).payload(Order.class);
        assertThat(order.buyer().id()).isEqualTo(customerR);
        assertThat(order.lines()).extracting(line -> line.product().productId()).first().isEqualTo(productA);
        assertThat(order.lines()).extracting(OrderLine::unit).containsExactly("H87", "KGM");
        // The buyer's article number is now a mapping of the partner's own table.
        assertThat(translator.toCanonical(CodeSighting.reference("product", RETAILER_SYSTEM, "R-ART-A", "edi:ORDERS")))
                .isEqualTo(new Translation(productA, Translation.How.MAPPED));
    }

    @Test
    void an_unknown_article_from_retailer_r_parks_the_order_and_reaches_the_stewards_inbox() {
        ReceivedMessage message = read(orders(RETAILER_GLN, withUnknownArticle()));
        UnmappedCodeException cause = ((MessageOutcome.Unmapped) message.outcome()).cause();
        assertThat(cause.mustPark()).isTrue();
        assertThat(message.outcome().syntaxAccepted()).isTrue();
        assertThat(inbox.list(InboxFilter.open(), 10)).extracting(InboxEntry::externalCode).contains("R-ART-NEW");
    }

    @Test
    void an_unknown_article_from_supplier_s_rejects_the_order() {
        ReceivedMessage message = read(orders(EdiFixtures.SUPPLIER_GLN, withUnknownArticle()));
        UnmappedCodeException cause = ((MessageOutcome.Unmapped) message.outcome()).cause();
        assertThat(cause.mustPark()).isFalse();
        assertThat(cause.sighting().system()).isEqualTo(SUPPLIER_SYSTEM);
        assertThat(cause.sighting().code()).isEqualTo("R-ART-NEW");
    }

    private static String[] withUnknownArticle() {
        String[] body = EdiFixtures.ordersBody("PO-4712", "1");
        body[6] = "LIN+1++4012345000030:EN";
        body[7] = "PIA+1+R-ART-NEW:IN";
        return body;
    }

    private static byte[] orders(String sender, String[] body) {
        return new EdiFixtures.Edifact("UNA:+.? '", "UNOC:3", sender, "X0001").message("1", "ORDERS:D:96A:UN:EAN008", body).bytes();
    }

    private String master(String domain, String system, String code, String label, Map<String, String> keys) {
        return translator.toCanonical(new CodeSighting(domain, system, code, label, keys, true, system + "-master", code, null))
                .canonicalCode();
    }

    private ReceivedMessage read(byte[] file) {
        List<Received> all = new ArrayList<>();
        try (InterchangeReader reader = gateway.read(new ByteArrayInputStream(file))) {
            reader.forEachRemaining(all::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return messages(all).get(0);
    }
}
