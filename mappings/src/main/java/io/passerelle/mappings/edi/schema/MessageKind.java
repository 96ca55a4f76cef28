package io.passerelle.mappings.edi.schema;

import io.passerelle.mappings.edi.EdiStandard;

/** The messages Passerelle has a schema for, in both standards. */
public enum MessageKind {
    ORDERS(EdiStandard.EDIFACT, "ORDERS", "purchase order"),
    ORDRSP(EdiStandard.EDIFACT, "ORDRSP", "purchase order response"),
    DESADV(EdiStandard.EDIFACT, "DESADV", "despatch advice"),
    PRICAT(EdiStandard.EDIFACT, "PRICAT", "price/sales catalogue"),
    INVRPT(EdiStandard.EDIFACT, "INVRPT", "inventory report"),
    CONTRL(EdiStandard.EDIFACT, "CONTRL", "syntax and service report"),
    X12_850(EdiStandard.X12, "850", "purchase order"),
    X12_855(EdiStandard.X12, "855", "purchase order acknowledgment"),
    X12_856(EdiStandard.X12, "856", "ship notice/manifest"),
    X12_832(EdiStandard.X12, "832", "price/sales catalog"),
    X12_846(EdiStandard.X12, "846", "inventory inquiry/advice"),
    X12_997(EdiStandard.X12, "997", "functional acknowledgment"),
    X12_999(EdiStandard.X12, "999", "implementation acknowledgment");

    private final EdiStandard standard;
    private final String type;
    private final String title;

    MessageKind(EdiStandard standard, String type, String title) {
        this.standard = standard;
        this.type = type;
        this.title = title;
    }

    public EdiStandard standard() {
        return standard;
    }

    /** The message type as UNH 0065 or ST01 carries it. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The kind with this type in this standard, or null. */
    public static MessageKind of(EdiStandard standard, String type) {
        for (MessageKind kind : values()) {
            if (kind.standard == standard && kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
