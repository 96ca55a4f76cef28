package io.passerelle.mappings.xref;

import java.util.Map;

/**
 * A code met in a message, with what the message says about it.
 *
 * @param label       a name or description carried with the code, for similarity suggestions
 * @param naturalKeys GTIN, GLN, VAT number or ISO code found in the same record
 * @param masterData  true when the message publishes the record itself (a product master), so that the
 *                    system of record may create the canonical entry; false for a mere reference (an
 *                    order line naming a product)
 * @param flow        the flow that met it (shown in the inbox, used to replay parked messages)
 * @param sample      the message, kept as a sample in the inbox
 */
public record CodeSighting(
        String domain,
        String system,
        String code,
        String label,
        Map<String, String> naturalKeys,
        boolean masterData,
        String flow,
        String messageId,
        String sample) {

    public CodeSighting {
        naturalKeys = naturalKeys == null ? Map.of() : Map.copyOf(naturalKeys);
    }

    public static CodeSighting reference(String domain, String system, String code, String flow) {
        return new CodeSighting(domain, system, code, null, Map.of(), false, flow, null, null);
    }
}
