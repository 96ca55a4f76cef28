package io.passerelle.mappings.edi.outbound;

import io.passerelle.mappings.edi.schema.MessageKind;
import java.util.Map;

/**
 * The EANCOM subset version of the messages Passerelle writes: UNH S009 0057, the association assigned code
 * that tells the partner which EANCOM message guide the message follows. It depends on the message and on
 * the EANCOM edition, which the directory names: EANCOM 1997 for D.96A (and the other 1990s directories
 * Passerelle writes to), EANCOM 2002 for D.01B (and later).
 *
 * <p>Sources, GS1's message guides: EANCOM 1997 part II (1997-07-01, republished 2000-08-31) — ORDRSP example
 * {@code UNH+ME000001+ORDRSP:D:96A:UN:EAN005}, "DESADV - Despatch advice message VERSION 005", "PRICAT -
 * Price/Sales Catalogue Message VERSION 006" ({@code PRICAT:D:96A:UN:EAN006}); EANCOM 2002 S3/S4 part II —
 * DESADV "EANCOM subset version 007" ({@code DESADV:D:01B:UN:EAN007}), ORDRSP "EANCOM subset version 008"
 * (S4 edition 2008), PRICAT "message version 008 (EANCOM)" (D.01B, as GS1 Austria's profile states it).
 */
final class EancomSubsets {

    private static final Map<MessageKind, String> EANCOM_1997 = Map.of(
            MessageKind.ORDRSP, "EAN005",
            MessageKind.DESADV, "EAN005",
            MessageKind.PRICAT, "EAN006");
    private static final Map<MessageKind, String> EANCOM_2002 = Map.of(
            MessageKind.ORDRSP, "EAN008",
            MessageKind.DESADV, "EAN007",
            MessageKind.PRICAT, "EAN008");

    private EancomSubsets() {
    }

    /** The 0057 code for a message kind Passerelle writes, in the edition of the directory ({@code 96A}, {@code 01B}). */
    static String association(MessageKind kind, String directory) {
        // Two-digit years: 93 to 99 are the 1990s directories (EANCOM 1997), 00 onwards the 2000s ones (EANCOM 2002).
        boolean eancom1997 = Integer.parseInt(directory.substring(0, 2)) >= 93;
        String code = (eancom1997 ? EANCOM_1997 : EANCOM_2002).get(kind);
        if (code == null) {
            throw new IllegalArgumentException("Passerelle does not write " + kind.type() + " messages");
        }
        return code;
    }
}
