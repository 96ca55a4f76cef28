package io.passerelle.mappings.erp;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
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

    LocalDate requiredDate(String column) {
        LocalDate date = date(column);
        if (date == null) {
            throw new ErpRowException(table, columns.get("id"), column, "is empty");
        }
        return date;
    }

    int positiveInteger(String column) {
        String value = required(column);
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value
        }
        throw new ErpRowException(table, columns.get("id"), column, "'" + value + "' is not a positive whole number");
    }

    BigDecimal positiveDecimal(String column) {
        String value = required(column);
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value
        }
        throw new ErpRowException(table, columns.get("id"), column, "'" + value + "' is not a positive number");
    }

    /** A timestamptz column: a JDBC timestamp, or ISO-8601 text (rows reach the flows, and are parked, as text). */
    Instant instant(String column) {
        Object value = columns.get(column);
        if (value == null) {
            throw new ErpRowException(table, columns.get("id"), column, "is empty");
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        try {
            return Instant.parse(value.toString().trim());
        } catch (RuntimeException e) {
            throw new ErpRowException(table, columns.get("id"), column, "'" + value + "' is not a timestamp");
        }
    }
}
