package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.passerelle.canonical.validation.Gln;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A customer as every system should see it, whatever its CRM account id, ERP sold-to number or GLN.
 *
 * @param id           the hub's canonical customer id; systems' own codes live in the conversion tables
 * @param gln          the customer's GS1 Global Location Number, when it trades by EDI
 * @param vatNumber    intra-community VAT number with its country prefix, e.g. BE0123456749
 * @param segment      canonical segment code, shared by marketing and logistics
 * @param serviceClass the service level the segment entitles the customer to
 */
@JsonClassDescription("A customer, in the hub's canonical codes.")
public record Customer(
        @NotBlank String id,
        @NotBlank String name,
        @Gln @JsonPropertyDescription(FieldDescriptions.GLN) String gln,
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z+*.]{2,13}") String vatNumber,
        List<@NotNull @Valid Address> addresses,
        @NotBlank String segment,
        @NotNull ServiceClass serviceClass) {

    public Customer {
        addresses = ImmutableLists.copyOf(addresses);
    }
}
