package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.AtLeastOneOf;
import io.passerelle.canonical.validation.Gtin;

/**
 * A product on a document: our canonical id, its GTIN, or both. A partner's order line often
 * carries only the GTIN (or a GTIN-14 of the case it orders).
 */
@AtLeastOneOf({"productId", "gtin"})
public record ProductReference(
        String productId,
        @Gtin @JsonPropertyDescription(FieldDescriptions.GTIN) String gtin) {
}
