package io.passerelle.mappings.edi.inbound;

import io.passerelle.canonical.ProductReference;
import io.passerelle.mappings.edi.read.Segment;
import io.passerelle.mappings.edi.read.SegmentGroup;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Optional;
import java.util.Set;

/** Header facts shared by the X12 order translators: parties, currency, products. */
final class X12Parties {

    private X12Parties() {
    }

    /** The party of the first N1 whose entity code (98) is one of the given. */
    static Optional<PartyId> named(SegmentGroup message, Set<String> entities) {
        return message.loops("PARTY").stream().map(SegmentGroup::trigger)
                .filter(n1 -> entities.contains(n1.element(1))).findFirst().map(PartyId::fromN1);
    }

    /** CUR02 in the header, else on the first line that has one, else the partner's currency. */
    static String currency(SegmentGroup message, TranslationContext context) {
        Optional<String> header = message.first("CUR").map(cur -> cur.element(2));
        if (header.isPresent()) {
            return header.get();
        }
        return message.loops("LINE").stream().flatMap(line -> line.all("CUR").stream()).map(cur -> cur.element(2))
                .findFirst().orElse(context.partner().defaultCurrency());
    }

    static ProductReference product(Segment segment, int firstQualifier, String description, TranslationContext context) {
        ItemIdentity item = X12Lines.item(segment, firstQualifier);
        if (item.isEmpty()) {
            throw new ContentError(segment, firstQualifier, 0, EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING,
                    "a product/service ID qualifier and ID", "none");
        }
        return context.codes().product(item, description);
    }

    /** PID05 of the line's first description. */
    static String description(SegmentGroup line) {
        return line.deep("PID").stream().map(pid -> pid.element(5)).filter(text -> !text.isEmpty()).findFirst().orElse(null);
    }
}
