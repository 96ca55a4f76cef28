package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.InterchangeHeader;

/** Who sent an interchange, as the routes' configuration knows its partners. */
@FunctionalInterface
public interface PartnerDirectory {

    TradingPartner partnerFor(InterchangeHeader interchange);
}
