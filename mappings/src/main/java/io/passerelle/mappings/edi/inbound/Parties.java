package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.PartyReference;
import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.InterchangeHeader;
import java.util.Optional;

/**
 * Who is the buyer and who the seller of an order, an order response or an acknowledgement.
 *
 * <p>The buyer is a customer: translated through the conversion tables (by GLN when there is one, so it
 * links), unless it is the hub itself. The seller is kept as its GLN: the conversion tables have no
 * supplier domain, and on an order the seller is the hub. When the message does not name a party, the
 * envelope does: an order comes from its buyer, a response from its seller.
 */
final class Parties {

    private Parties() {
    }

    /** On an order (ORDERS, 850): the buyer is named, or is the interchange's sender. */
    static PartyReference buyerOfOrder(Optional<PartyId> named, TranslationContext context) {
        return customer(named.orElseGet(() -> sender(context.interchange())), context);
    }

    /** On a response (ORDRSP, 855): the buyer is named, or is the interchange's recipient, which is the hub. */
    static PartyReference buyerOfResponse(Optional<PartyId> named, TranslationContext context) {
        return named.map(party -> customer(party, context)).orElseGet(() -> context.codes().us());
    }

    /** On an order, the seller is the hub: named by its GLN, or taken as the hub's own GLN. */
    static PartyReference sellerOfOrder(Optional<PartyId> named, TranslationContext context) {
        return named.filter(PartyId::gln).map(party -> context.codes().byGlnOnly(party.code())).orElseGet(() -> context.codes().us());
    }

    /**
     * On a response, the seller is the partner: its GLN, named or from the envelope. A seller known only
     * by a proprietary code has no canonical form; the canonical rules then report the missing party.
     */
    static PartyReference sellerOfResponse(Optional<PartyId> named, TranslationContext context) {
        PartyId party = named.filter(PartyId::gln).orElseGet(() -> sender(context.interchange()));
        return party.gln() ? context.codes().byGlnOnly(party.code()) : new PartyReference(null, null);
    }

    private static PartyReference customer(PartyId party, TranslationContext context) {
        if (party.code() == null) {
            return new PartyReference(null, null);
        }
        return party.gln() ? context.codes().customerByGln(party.code(), party.name())
                : context.codes().customerByCode(party.code(), party.name());
    }

    private static PartyId sender(InterchangeHeader interchange) {
        return PartyId.fromEnvelope(interchange.senderId(), interchange.senderQualifier(),
                interchange.standard() == EdiStandard.EDIFACT);
    }
}
