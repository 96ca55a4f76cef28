package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.MessageIdentifier;
import io.passerelle.mappings.edi.inbound.EdiDates;

/** The envelope segments, once read, as the records the routes and the acknowledgements use. */
final class EnvelopeHeaders {

    private EnvelopeHeaders() {
    }

    static InterchangeHeader interchange(Segment header) {
        if (header.tag().equals("ISA")) {
            return new InterchangeHeader(EdiStandard.X12, header.element(12), header.element(6).strip(),
                    header.element(5).strip(), header.element(8).strip(), header.element(7).strip(),
                    EdiDates.envelope(header.element(9), header.element(10)), header.element(13).strip(),
                    "T".equals(header.element(15)));
        }
        String syntax = header.component(1, 1) + (header.component(1, 2).isEmpty() ? "" : ":" + header.component(1, 2));
        return new InterchangeHeader(EdiStandard.EDIFACT, syntax, header.component(2, 1), header.component(2, 2),
                header.component(3, 1), header.component(3, 2),
                EdiDates.envelope(header.component(4, 1), header.component(4, 2)), header.element(5),
                "1".equals(header.element(11)));
    }

    static GroupHeader group(Segment header) {
        if (header.tag().equals("GS")) {
            return new GroupHeader(header.element(1), header.element(2), header.element(3),
                    EdiDates.envelope(header.element(4), header.element(5)), header.element(6), header.element(8));
        }
        String version = header.component(7, 1) + ":" + header.component(7, 2);
        return new GroupHeader(header.element(1), header.component(2, 1), header.component(3, 1),
                EdiDates.envelope(header.component(4, 1), header.component(4, 2)), header.element(5), version);
    }

    /** UNH S009, or ST01 with the version from ST03 (005010) or else GS08, and the agency from GS07. */
    static MessageIdentifier message(Segment header, Segment groupHeader) {
        if (header.tag().equals("ST")) {
            String version = header.element(3);
            if (version.isEmpty() && groupHeader != null) {
                version = groupHeader.element(8);
            }
            return new MessageIdentifier(EdiStandard.X12, header.element(1), version, null,
                    groupHeader == null ? "" : groupHeader.element(7), null);
        }
        return new MessageIdentifier(EdiStandard.EDIFACT, header.component(2, 1), header.component(2, 2),
                header.component(2, 3), header.component(2, 4), header.component(2, 5));
    }

    static String messageReference(Segment header) {
        return header.tag().equals("ST") ? header.element(2) : header.element(1);
    }
}
