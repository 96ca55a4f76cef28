package io.passerelle.hub.ingress;

import java.util.List;

/**
 * A change a system published, translated to the canonical model.
 *
 * @param sourceChangeId the source's own identity of this change (staging row id, webhook event id,
 *                       file name and line): the same change delivered twice is applied once
 * @param entityKey      what the change is about (product:PRD-000001): changes to one entity keep their order
 * @param businessKeys   what people search by: gtin:…, gln:…, order:…
 * @param canonical      the canonical record (Product, Customer, Order…)
 */
public record InboundChange(String sourceSystem, String sourceChangeId, String messageType, String entityKey,
                            List<String> businessKeys, Object canonical) {

    public InboundChange {
        businessKeys = businessKeys == null ? List.of() : List.copyOf(businessKeys);
    }
}
