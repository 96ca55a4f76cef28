package io.passerelle.mappings.wms;

/** A record that cannot be written in a layout: a value too long for its column, an unknown code. */
public class UnwritableRecordException extends RuntimeException {

    private final String column;

    public UnwritableRecordException(String column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
