package io.passerelle.mappings.erp;

import io.passerelle.canonical.event.BoundaryEvent;
import io.passerelle.canonical.event.LineStoppageDeclared;
import io.passerelle.canonical.event.LineStoppageEnded;
import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.mappings.xref.CodeSighting;
import io.passerelle.mappings.xref.CodeTranslator;
import java.util.Map;

/**
 * A row of the ERP's line-stoppage interface table as a boundary event: DECLARED rows become
 * {@link LineStoppageDeclared} (starts_at to the expected ends_at), ENDED rows {@link LineStoppageEnded}
 * (ends_at is the real end). The ERP is the system of record for plants and lines, so a new one is
 * learned; the reason goes through the reason-code table.
 */
public class ErpStoppageTranslator {

    public static final String TABLE = "to_hub_line_stoppage";

    private final CodeTranslator codes;
    private final CanonicalValidator validator = new CanonicalValidator();

    public ErpStoppageTranslator(CodeTranslator codes) {
        this.codes = codes;
    }

    public BoundaryEvent toCanonical(Map<String, Object> columns, String system, String flow) {
        ErpRow row = new ErpRow(TABLE, columns);
        String stoppageId = row.required("stoppage_id");
        // The ERP's own code is the label of a plant or line it creates: what people on the shop floor call it.
        String erpPlant = row.required("plant");
        String erpLine = row.required("line");
        String plant = codes.toCanonical(new CodeSighting("plant", system, erpPlant, erpPlant, Map.of(),
                true, flow, null, row.sample())).canonicalCode();
        String line = codes.toCanonical(new CodeSighting("production-line", system, erpLine, erpLine,
                Map.of(), true, flow, null, row.sample())).canonicalCode();
        String kind = row.required("kind");
        BoundaryEvent event = switch (kind) {
            case "DECLARED" -> new LineStoppageDeclared(stoppageId, plant, line, row.instant("starts_at"),
                    row.instant("ends_at"), reason(row, system, flow));
            case "ENDED" -> new LineStoppageEnded(stoppageId, plant, line, row.instant("ends_at"));
            default -> throw new ErpRowException(TABLE, columns.get("id"), "kind", "'" + kind
                    + "' is not DECLARED or ENDED");
        };
        validator.requireValid(event);
        return event;
    }

    private String reason(ErpRow row, String system, String flow) {
        String reason = row.text("reason");
        if (reason == null || reason.isEmpty()) {
            throw new ErpRowException(TABLE, row.columns().get("id"), "reason", "is empty: sales and partners are told why");
        }
        return codes.toCanonical(new CodeSighting("reason-code", system, reason, null, Map.of(), false, flow, null,
                row.sample())).canonicalCode();
    }

}
