package io.passerelle.mappings.wms;

import io.passerelle.mappings.xref.CodeTranslator;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an incoming WMS file into canonical changes, refused lines and parked lines, through its layout
 * and the conversion tables.
 */
public final class WmsFileTranslator {

    private final CodeTranslator translator;

    public WmsFileTranslator(CodeTranslator translator) {
        this.translator = translator;
    }

    /**
     * @param flow the name the hub knows this inbound flow by: codes met are recorded under it, and
     *             parked lines are replayed to it
     */
    public WmsFileTranslation translate(String system, String flow, RecordKind kind, FlatFileLayout layout,
                                        String fileName, byte[] content) {
        FlatFile file = new FlatFileReader(layout).read(fileName, content);
        return translate(new WmsCodes(translator, system, flow), kind, layout, file);
    }

    /** Reads again, on their own, lines kept from a file (parked lines, once their code is mapped). */
    public WmsFileTranslation translateLines(String system, String flow, RecordKind kind, FlatFileLayout layout,
                                             SourceLines lines) {
        FlatFileReader reader = new FlatFileReader(layout.withoutHeader());
        List<FlatRecord> records = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < lines.numbers().size(); i++) {
            FlatFile one = reader.read(lines.file(), lines.texts().get(i), lines.numbers().get(i));
            records.addAll(one.records());
            errors.addAll(one.errors());
        }
        return translate(new WmsCodes(translator, system, flow), kind, layout, new FlatFile(lines.file(), records, errors));
    }

    private static WmsFileTranslation translate(WmsCodes codes, RecordKind kind, FlatFileLayout layout, FlatFile file) {
        Outcomes out = new Outcomes(file.name());
        out.unreadable(file.errors(), kind.messageType());
        switch (kind) {
            case STOCK_LEVEL -> {
                StockLevelLines lines = new StockLevelLines(layout, codes);
                file.records().forEach(record -> lines.translate(record, out));
            }
            case RECEIPT, SHIPMENT -> new ShipmentLines(kind, layout, codes).translate(file.records(), out);
            case ITEM_MASTER, PLANNING_NOTICE -> throw new IllegalArgumentException(kind
                    + " files are written by the hub, not read");
        }
        return out.result();
    }
}
