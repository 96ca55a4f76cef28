package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A postal address.
 *
 * @param streetLines street, number, building… in the order they are printed; at least one
 * @param postalCode  absent in the few countries that have none
 * @param country     ISO 3166-1 alpha-2, e.g. BE
 */
public record Address(
        @NotNull AddressKind kind,
        @NotEmpty List<@NotBlank String> streetLines,
        String postalCode,
        @NotBlank String city,
        @NotNull @CountryCode @JsonPropertyDescription(FieldDescriptions.COUNTRY) String country) {

    public Address {
        streetLines = ImmutableLists.copyOf(streetLines);
    }
}
