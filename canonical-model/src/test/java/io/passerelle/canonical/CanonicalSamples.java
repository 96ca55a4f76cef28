package io.passerelle.canonical;

import static io.passerelle.canonical.Scenario.RETAILER_R_GLN;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.passerelle.canonical.event.LaunchDateChanged;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.event.ProductWithdrawn;
import io.passerelle.canonical.event.PromotionCancelled;
import io.passerelle.canonical.event.PromotionChanged;
import io.passerelle.canonical.event.PromotionPlanned;
import io.passerelle.canonical.notice.AffectedOrderLine;
import io.passerelle.canonical.notice.CatalogueUpdate;
import io.passerelle.canonical.notice.PlanningNotice;
import io.passerelle.canonical.notice.SalesAlert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One sample per canonical type (two for the envelope: a master-data and an event payload). The
 * coverage tests fail when a record or enum is added to the model without a sample here.
 */
public final class CanonicalSamples {

    private static final TypeFactory TYPES = CanonicalJson.mapper().getTypeFactory();

    private CanonicalSamples() {
    }

    public static List<Sample> all() {
        return List.of(
                sample(Customer.class, Scenario.retailerR(), "\"gln\":\"" + RETAILER_R_GLN + "\"", "\"KEY_ACCOUNT\""),
                sample(Address.class, Scenario.retailerR().addresses().get(0), "\"country\":\"BE\"", "\"DELIVERY\""),
                sample(AddressKind.class, AddressKind.BILLING, "\"BILLING\""),
                sample(ServiceClass.class, ServiceClass.COMMITTED_VOLUME, "\"COMMITTED_VOLUME\""),
                sample(Product.class, Scenario.productB(), "\"launchDate\":\"2027-01-11\"", "\"withdrawalDate\":\"2029-12-31\""),
                sample(ProductLifecycle.class, Scenario.productA().lifecycle(), "\"launchDate\":\"2025-02-03\""),
                sample(ProductStatus.class, ProductStatus.PHASING_OUT, "\"PHASING_OUT\""),
                sample(ProductServiceTerms.class, Scenario.serviceTermsAForR(), "\"targetServiceRate\":0.985", "\"WEEK\""),
                sample(DemandPeriod.class, DemandPeriod.MONTH, "\"MONTH\""),
                sample(Promotion.class, Scenario.christmasPromotionForR(), "\"endDate\":\"2026-12-24\"", "\"currency\":\"EUR\""),
                sample(PromotionPeriod.class, Scenario.christmasPromotionForR().period(), "\"startDate\":\"2026-11-30\""),
                sample(PromotionConditions.class, Scenario.christmasPromotionForR().conditions(), "\"discountPercent\":15"),
                sample(Price.class, new Price(new BigDecimal("2.49"), "EUR"), "\"amount\":2.49"),
                sample(Order.class, Scenario.openOrderOfR(), "\"orderDate\":\"2026-11-16\"", "\"requestedDeliveryDate\":\"2026-11-30\""),
                sample(OrderLine.class, Scenario.openOrderOfR().lines().get(0), "\"promisedDeliveryDate\":\"2026-11-30\""),
                sample(OrderStatus.class, OrderStatus.PARTIALLY_SHIPPED, "\"PARTIALLY_SHIPPED\""),
                sample(OrderLineStatus.class, OrderLineStatus.RESCHEDULED, "\"RESCHEDULED\""),
                sample(PartyReference.class, Scenario.openOrderOfR().buyer(), "\"gln\":\"" + RETAILER_R_GLN + "\""),
                sample(ProductReference.class, Scenario.openOrderOfR().lines().get(1).product(), "\"gtin\":\"14006381333938\""),
                sample(StockLevel.class, Scenario.stockOfAInLille(), "\"asOf\":\"2026-11-23T05:00:00Z\"", "\"quantity\":1250"),
                sample(Shipment.class, Scenario.palletForR(), "\"shipDate\":\"2026-11-30\"", "\"sscc\":\"340063810000000018\""),
                sample(ShipmentLine.class, Scenario.palletForR().lines().get(0), "\"quantity\":480"),
                sample(LaunchDateChanged.class, Scenario.launchOfBSlips(),
                        "\"type\":\"LaunchDateChanged\"", "\"previousLaunchDate\":\"2026-12-07\"", "\"newLaunchDate\":\"2027-01-11\""),
                sample(ProductWithdrawn.class, Scenario.withdrawalOfOldA(),
                        "\"type\":\"ProductWithdrawn\"", "\"withdrawalDate\":\"2026-12-31\""),
                sample(PromotionPlanned.class, Scenario.christmasPromotionPlanned(),
                        "\"type\":\"PromotionPlanned\"", "\"startDate\":\"2026-11-30\""),
                sample(PromotionChanged.class, Scenario.christmasPromotionExtended(),
                        "\"type\":\"PromotionChanged\"", "\"endDate\":\"2026-12-31\""),
                sample(PromotionCancelled.class, Scenario.christmasPromotionCancelled(),
                        "\"type\":\"PromotionCancelled\"", "\"promotionId\":\"PROMO-2026-XMAS-R\""),
                sample(LineStoppageDeclared.class, Scenario.stoppageOfL2(),
                        "\"type\":\"LineStoppageDeclared\"", "\"windowStart\":\"2026-11-24T06:00:00Z\"",
                        "\"windowEnd\":\"2026-11-27T06:00:00Z\""),
                sample(LineStoppageEnded.class, Scenario.stoppageOfL2Ended(),
                        "\"type\":\"LineStoppageEnded\"", "\"endedAt\":\"2026-11-26T18:30:00Z\""),
                sample(AffectedOrderLine.class, Scenario.orderOfRMoved(), "\"customerOrderNumber\":\"PO-R-778\"",
                        "\"newPromisedDate\":\"2026-11-29\""),
                sample(SalesAlert.class, new SalesAlert("evt-1:CUST-R", "LineStoppageDeclared", "CUST-R",
                                "Line P1/L2 stopped: orders of Retailer R delayed", "Line P1/L2 stopped", LocalDate.of(2026, 11, 26),
                                List.of(Scenario.orderOfRMoved())), "\"dueDate\":\"2026-11-26\"", "\"orderNumber\":\"4500001\""),
                sample(PlanningNotice.class, new PlanningNotice("evt-2:B", "PromotionPlanned", "B",
                                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24), new BigDecimal("35"), "Promotion planned"),
                        "\"upliftPercent\":35", "\"periodEnd\":\"2026-12-24\""),
                sample(CatalogueUpdate.class, new CatalogueUpdate("evt-3:B", "PromotionPlanned", Scenario.productB(),
                                Scenario.christmasPromotionForR(), false), "\"cancelled\":false",
                        "\"launchDate\":\"2027-01-11\""),
                envelope(Product.class, Scenario.productBAnnounced(),
                        "\"occurredAt\":\"2026-11-23T08:15:00Z\"", "\"schemaVersion\":\"1.0\"", "\"launchDate\":\"2027-01-11\""),
                envelope(LineStoppageDeclared.class, Scenario.stoppageOfL2FromErp(),
                        "\"messageType\":\"LineStoppageDeclared\"", "\"occurredAt\":\"2026-11-23T07:58:00Z\"",
                        "\"windowEnd\":\"2026-11-27T06:00:00Z\""));
    }

    private static Sample sample(Class<?> type, Object value, String... jsonFragments) {
        return new Sample(type, value, TYPES.constructType(type), List.of(jsonFragments));
    }

    private static Sample envelope(Class<?> payloadType, Envelope<?> value, String... jsonFragments) {
        JavaType envelopeType = TYPES.constructParametricType(Envelope.class, payloadType);
        return new Sample(Envelope.class, value, envelopeType, List.of(jsonFragments));
    }
}
