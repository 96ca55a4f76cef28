package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.MessageHeader;

/**
 * What a translator may need beyond the message body: its envelope (X12 often names the buyer only in
 * ISA/GS) and the partner's code tables.
 *
 * @param group null when the interchange has no functional group
 */
public record TranslationContext(InterchangeHeader interchange, GroupHeader group, MessageHeader message,
                                 PartnerCodes codes) {

    public TradingPartner partner() {
        return codes.partner();
    }
}
