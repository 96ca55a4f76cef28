package io.passerelle.mappings.edi.inbound;

import java.util.Objects;

/**
 * How the gateway treats one trading partner's codes and gaps.
 *
 * @param system             the partner's system name in the conversion tables: its buyer article
 *                           numbers, customer codes and units are mapped under this name
 *                           ({@code edi-retailer-r})
 * @param ownArticleSystem   the system whose codes the partner quotes as the supplier's article number
 *                           (LIN/PIA SA, X12 VN): ours, so usually the ERP
 * @param defaultCurrency    the currency agreed with the partner, for orders that state none (CUX, CUR
 *                           are optional); null to require it in every order
 */
public record TradingPartner(String system, String ownArticleSystem, String defaultCurrency) {

    public TradingPartner {
        Objects.requireNonNull(system, "a trading partner needs its system name in the conversion tables");
        Objects.requireNonNull(ownArticleSystem, "ownArticleSystem");
    }
}
