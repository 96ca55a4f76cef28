package io.passerelle.mappings.erp;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

/** Reads one staging-table row (column name → JDBC value) with errors that name the column. */
record ErpRow(String table, Map<String, Object> columns) {

    String text(String column) {
        Object value = columns.get(column);
        return value == null ? null : value.toString().trim();
    }

    String required(String column) {
        String value = text(column);
        if (value == null || value.isEmpty()) {
            throw new ErpRowException(table, columns.get("id"), column, "is empty");
        }
        return value;
    }

    LocalDate date(String column) {
        Object value = columns.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (RuntimeException e) {
            throw new ErpRowException(table, columns.get("id"), column, "'" + value + "' is not a date");
        }
    }

    String sample() {
        return columns.toString();
    }
}
