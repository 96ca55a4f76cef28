package io.passerelle.canonical.notice;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.passerelle.canonical.Product;
import io.passerelle.canonical.Promotion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A catalogue entry a trading partner must update (EANCOM PRICAT, X12 832): the product as it now stands,
 * its availability (launch date) or withdrawal, and the promotional conditions offered to that partner.
 *
 * @param promotion the promotion offered to the partner, or null; a cancelled promotion comes with
 *                  {@code cancelled} true so the partner removes its conditions
 */
@JsonClassDescription("A catalogue entry for a trading partner: product availability and promotional conditions.")
public record CatalogueUpdate(
        @NotBlank String updateId,
        @NotBlank String eventType,
        @NotNull @Valid Product product,
        @Valid Promotion promotion,
        boolean cancelled) {
}
