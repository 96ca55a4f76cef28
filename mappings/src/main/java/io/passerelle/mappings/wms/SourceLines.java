package io.passerelle.mappings.wms;

import java.util.List;

/**
 * The lines of a WMS file one change came from: usually one; several for a shipment whose items are
 * on several lines.
 */
public record SourceLines(String file, List<Integer> numbers, List<String> texts) {

    public SourceLines {
        numbers = List.copyOf(numbers);
        texts = List.copyOf(texts);
    }

    static SourceLines of(String file, List<FlatRecord> records) {
        return new SourceLines(file, records.stream().map(FlatRecord::line).toList(),
                records.stream().map(FlatRecord::text).toList());
    }

    public int first() {
        return numbers.get(0);
    }

    /**
     * The source's identity of the change: the file name and its (first) line. The same file delivered
     * again gives the same identities, so the hub applies each line once.
     */
    public String changeId() {
        return file + ":" + first();
    }

    public String describe() {
        return numbers.size() == 1 ? "line " + first()
                : "lines " + String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
