package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.AtLeastOneOf;
import io.passerelle.canonical.validation.Gln;

/**
 * A trading party on a document: our canonical id for it, its GLN, or both. EDI documents often
 * carry only the GLN until the conversion tables resolve it.
 */
@AtLeastOneOf({"id", "gln"})
public record PartyReference(
        String id,
        @Gln @JsonPropertyDescription(FieldDescriptions.GLN) String gln) {
}
