package io.passerelle.canonical;

import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The worked scenario of DOMAIN.md, as canonical objects every test can start from: plant P1, line
 * L2 makes products A and B; retailer R (GLN 5412345000013) has an open EDI order for A due next
 * week; maintenance stops L2 for three days. "Today" is Monday 2026-11-23.
 *
 * <p>Every key below has a correct GS1 check digit (see Gs1CheckDigitTest); every object is valid.
 */
public final class Scenario {

    public static final String RETAILER_R_GLN = "5412345000013";
    /** Our own company, the seller: GS1 company prefix 4006381. */
    public static final String OUR_GLN = "4006381000017";
    public static final String PRODUCT_A_GTIN = "4006381333931";
    public static final String PRODUCT_B_GTIN = "4006381333948";
    /** The case of product A that retailers order (indicator digit 1). */
    public static final String PRODUCT_A_CASE_GTIN = "14006381333938";
    public static final String PALLET_SSCC = "340063810000000018";

    public static final Instant NOW = Instant.parse("2026-11-23T08:15:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Scenario() {
    }

    public static Customer retailerR() {
        return new Customer("CUST-R", "Retailer R", RETAILER_R_GLN, "BE0123456749",
                List.of(
                        new Address(AddressKind.DELIVERY, List.of("Rue du Dépôt 12", "Quai 4"), "1070", "Anderlecht", "BE"),
                        new Address(AddressKind.BILLING, List.of("Avenue Louise 250"), "1050", "Bruxelles", "BE")),
                "KEY-ACCOUNTS-VMI", ServiceClass.KEY_ACCOUNT);
    }

    public static Product productA() {
        return new Product("A", PRODUCT_A_GTIN, "Sparkling water 6 x 1.5 l", "H87",
                new ProductLifecycle(ProductStatus.ACTIVE, LocalDate.parse("2025-02-03"), null));
    }

    /** New product B, not launched yet: its launch date is what marketing keeps moving. */
    public static Product productB() {
        return new Product("B", PRODUCT_B_GTIN, "Sparkling water lemon 6 x 1.5 l", "H87",
                new ProductLifecycle(ProductStatus.PLANNED, LocalDate.parse("2027-01-11"), LocalDate.parse("2029-12-31")));
    }

    public static ProductServiceTerms serviceTermsAForR() {
        return new ProductServiceTerms("A", "CUST-R", null, 3, new BigDecimal("2000"), "H87",
                new BigDecimal("0.985"), new BigDecimal("350"), DemandPeriod.WEEK);
    }

    public static Promotion christmasPromotionForR() {
        return new Promotion("PROMO-2026-XMAS-R", List.of("A"), List.of("CUST-R"), null,
                new PromotionPeriod(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-24")),
                new PromotionConditions(new BigDecimal("15"), new Price(new BigDecimal("2.49"), "EUR"),
                        "Shelf-end display in every store"),
                new BigDecimal("35"));
    }

    public static Order openOrderOfR() {
        return new Order("R-PO-778812",
                new PartyReference("CUST-R", RETAILER_R_GLN),
                new PartyReference("SELLER-P", OUR_GLN),
                LocalDate.parse("2026-11-16"), "EUR", OrderStatus.CONFIRMED,
                List.of(
                        new OrderLine(1, new ProductReference("A", PRODUCT_A_GTIN), new BigDecimal("480"), "H87",
                                LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"), OrderLineStatus.ACCEPTED),
                        new OrderLine(2, new ProductReference(null, PRODUCT_A_CASE_GTIN), new BigDecimal("40"), "H87",
                                LocalDate.parse("2026-11-30"), null, OrderLineStatus.OPEN)));
    }

    public static StockLevel stockOfAInLille() {
        return new StockLevel(new ProductReference("A", PRODUCT_A_GTIN), "WH-LILLE", new BigDecimal("1250"), "H87",
                Instant.parse("2026-11-23T05:00:00Z"));
    }

    public static Shipment palletForR() {
        return new Shipment("SHP-2026-11-0099", List.of("R-PO-778812"), LocalDate.parse("2026-11-30"), "DHL Freight",
                PALLET_SSCC, List.of(new ShipmentLine(new ProductReference("A", PRODUCT_A_GTIN), new BigDecimal("480"), "H87")));
    }

    public static LaunchDateChanged launchOfBSlips() {
        return new LaunchDateChanged("B", LocalDate.parse("2026-12-07"), LocalDate.parse("2027-01-11"),
                "Bottle supplier cannot deliver the new closure before January");
    }

    public static ProductWithdrawn withdrawalOfOldA() {
        return new ProductWithdrawn("A-OLD", LocalDate.parse("2026-12-31"), "Replaced by the recyclable bottle");
    }

    public static PromotionPlanned christmasPromotionPlanned() {
        return new PromotionPlanned(christmasPromotionForR());
    }

    public static PromotionChanged christmasPromotionExtended() {
        Promotion planned = christmasPromotionForR();
        return new PromotionChanged(new Promotion(planned.id(), planned.productIds(), planned.customerIds(), null,
                new PromotionPeriod(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-31")),
                planned.conditions(), planned.expectedUpliftPercent()));
    }

    public static PromotionCancelled christmasPromotionCancelled() {
        return new PromotionCancelled("PROMO-2026-XMAS-R", "Retailer R dropped the shelf-end display");
    }

    /** Maintenance stops line L2 of plant P1 for three days, from tomorrow. */
    public static LineStoppageDeclared stoppageOfL2() {
        return new LineStoppageDeclared("STOP-2026-0042", "P1", "L2",
                Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-27T06:00:00Z"),
                "Urgent maintenance: filler gearbox");
    }

    public static LineStoppageEnded stoppageOfL2Ended() {
        return new LineStoppageEnded("STOP-2026-0042", "P1", "L2", Instant.parse("2026-11-26T18:30:00Z"));
    }

    /** The PLM announces product B, as an envelope with fixed id and time so it can be compared. */
    public static Envelope<Product> productBAnnounced() {
        UUID id = UUID.fromString("3f1c2a9e-5b7d-4e61-9a0f-2c8d4b6e7f10");
        return new Envelope<>(id, "Product", "PLM", id.toString(), NOW, Envelope.CURRENT_SCHEMA_VERSION, productB());
    }

    public static Envelope<LineStoppageDeclared> stoppageOfL2FromErp() {
        UUID id = UUID.fromString("9b2e7c41-0d3a-4f58-8e6b-5a1c9d2f3e47");
        return new Envelope<>(id, "LineStoppageDeclared", "ERP", id.toString(),
                Instant.parse("2026-11-23T07:58:00Z"), Envelope.CURRENT_SCHEMA_VERSION, stoppageOfL2());
    }

    /** R's order line for A, promised on 25 November, moved by the stoppage of L2. */
    public static io.passerelle.canonical.notice.AffectedOrderLine orderOfRMoved() {
        return new io.passerelle.canonical.notice.AffectedOrderLine("4500001", "PO-R-778", 1, "A",
                new java.math.BigDecimal("120"), "H87", java.time.LocalDate.of(2026, 11, 25),
                java.time.LocalDate.of(2026, 11, 29));
    }
}
