package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.ack.ContrlReader;
import io.passerelle.mappings.edi.ack.X12AcknowledgementReader;
import io.passerelle.mappings.edi.schema.MessageKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which translator reads which message kind. PRICAT and 832 have none: the hub sends catalogues, it
 * does not receive them, so a received one is validated and handed over as it is.
 */
public final class InboundTranslators {

    private final Map<MessageKind, InboundTranslator> byKind;

    public InboundTranslators(Map<MessageKind, InboundTranslator> byKind) {
        this.byKind = new EnumMap<>(byKind);
    }

    /** Every translator Passerelle has. */
    public static InboundTranslators standard() {
        Map<MessageKind, InboundTranslator> translators = new EnumMap<>(MessageKind.class);
        translators.put(MessageKind.ORDERS, new EdifactOrdersTranslator());
        translators.put(MessageKind.ORDRSP, new EdifactOrderResponseTranslator());
        translators.put(MessageKind.DESADV, new EdifactDespatchAdviceTranslator());
        translators.put(MessageKind.INVRPT, new EdifactInventoryReportTranslator());
        translators.put(MessageKind.CONTRL, new ContrlReader());
        translators.put(MessageKind.X12_850, new X12PurchaseOrderTranslator());
        translators.put(MessageKind.X12_855, new X12OrderAcknowledgementTranslator());
        translators.put(MessageKind.X12_856, new X12ShipNoticeTranslator());
        translators.put(MessageKind.X12_846, new X12InventoryAdviceTranslator());
        X12AcknowledgementReader acknowledgements = new X12AcknowledgementReader();
        translators.put(MessageKind.X12_997, acknowledgements);
        translators.put(MessageKind.X12_999, acknowledgements);
        return new InboundTranslators(translators);
    }

    /** The translator, or null when messages of this kind are only validated. */
    public InboundTranslator forKind(MessageKind kind) {
        return kind == null ? null : byKind.get(kind);
    }
}
