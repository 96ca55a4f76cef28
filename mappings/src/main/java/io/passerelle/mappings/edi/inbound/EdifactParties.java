package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.ProductReference;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Optional;

/** Header facts shared by the EDIFACT order translators: parties, currency, products. */
final class EdifactParties {

    private EdifactParties() {
    }

    /** The party of a NAD with this function (3035) in the header's PARTY loops. */
    static Optional<PartyId> named(SegmentGroup message, String function) {
        return message.loops("PARTY").stream().map(SegmentGroup::trigger)
                .filter(nad -> nad.element(1).equals(function)).findFirst().map(PartyId::fromNad);
    }

    /** CUX C504 6345 (the reference currency, usage 2, when several are given), or the partner's currency. */
    static String currency(SegmentGroup message, TranslationContext context) {
        String currency = null;
        for (SegmentGroup loop : message.loops("CURRENCY")) {
            Segment cux = loop.trigger();
            if (currency == null || "2".equals(cux.component(1, 1))) {
                currency = cux.component(1, 2).isEmpty() ? currency : cux.component(1, 2);
            }
        }
        return currency != null ? currency : context.partner().defaultCurrency();
    }

    /** The line's product through the conversion tables; a line without any product code is unreadable. */
    static ProductReference product(SegmentGroup line, TranslationContext context) {
        ItemIdentity item = EdifactLines.item(line);
        if (item.isEmpty()) {
            throw new ContentError(line.trigger(), 3, 1, EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING,
                    "a product identification in LIN C212 or PIA", "none");
        }
        return context.codes().product(item, EdifactLines.description(line));
    }
}
