package io.passerelle.mappings.wms;

import io.passerelle.canonical.notice.PlanningNotice;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * A planning-notice file for a WMS, notice by notice, each in the WMS's own item code: what the warehouse
 * must plan for (a promotion's uplift, a launch moved, a withdrawal, a stoppage upstream). A notice that
 * cannot be written leaves the file unchanged, so the others still go.
 */
public final class PlanningNoticeFile {

    private final FlatFileWriter writer;
    private final FlatFileLayout layout;
    private final WmsCodes codes;
    private final DateTimeFormatter dates;
    private final StringBuilder lines = new StringBuilder();

    public PlanningNoticeFile(FlatFileLayout layout, WmsCodes codes) {
        this.layout = layout;
        this.dates = DateTimeFormatter.ofPattern(layout.dateFormat());
        this.writer = new FlatFileWriter(layout);
        this.codes = codes;
    }

    /** Throws {@link UnwritableRecordException} (with the column at fault) when the notice cannot be written. */
    public void add(PlanningNotice notice, String gtin) {
        Map<String, String> values = new HashMap<>();
        try {
            values.put("item", codes.itemCodeOf(notice.productId()));
        } catch (UnmappedCodeException e) {
            throw new UnwritableRecordException("item", e.getMessage());
        }
        values.put("gtin", gtin);
        values.put("event", notice.eventType());
        values.put("from", notice.periodStart() == null ? null : dates.format(notice.periodStart()));
        values.put("to", notice.periodEnd() == null ? null : dates.format(notice.periodEnd()));
        values.put("uplift-percent", notice.upliftPercent() == null ? null : notice.upliftPercent()
                .stripTrailingZeros().toPlainString().replace(".", layout.decimalSeparator()));
        values.put("note", notice.note());
        String line = writer.line(values);
        if (!layout.encoding().newEncoder().canEncode(line)) {
            throw new UnwritableRecordException("note", "'" + notice.note() + "' has characters that "
                    + layout.charset() + " cannot hold");
        }
        lines.append(line);
    }

    /** The whole file, its header first when the layout has one. */
    public byte[] content() {
        return (writer.header() + lines).getBytes(layout.encoding());
    }
}
