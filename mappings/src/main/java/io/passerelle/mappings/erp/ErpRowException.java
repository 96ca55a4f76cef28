package io.passerelle.mappings.erp;

/** A staging-table row the hub cannot read, naming the table, row id and column. */
public class ErpRowException extends RuntimeException {

    public ErpRowException(String table, Object rowId, String column, String problem) {
        super(table + " row " + rowId + ": " + column + " " + problem);
    }
}
