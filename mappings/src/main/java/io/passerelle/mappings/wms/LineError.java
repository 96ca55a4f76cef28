package io.passerelle.mappings.wms;

/**
 * What is wrong with one line of a WMS file, said so that the WMS team can fix it without the hub's
 * logs: the file, the line number (counting from 1, header included), the column and the problem.
 *
 * @param column the column at fault, or null when the problem is the whole line (wrong field count)
 */
public record LineError(String file, int line, String column, String problem) {

    /** For example {@code STOCK_20261124.csv line 3, column quantity: 'abc' is not a number}. */
    public String describe() {
        return file + " line " + line + (column == null ? "" : ", column " + column) + ": " + problem;
    }

    @Override
    public String toString() {
        return describe();
    }
}
