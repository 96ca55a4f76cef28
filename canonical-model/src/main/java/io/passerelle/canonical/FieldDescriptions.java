package io.passerelle.canonical;

/**
 * Descriptions of the coded fields, for the generated JSON Schemas: the rules behind these codes
 * are Java validators a schema cannot express, so the schema at least says them in words.
 */
final class FieldDescriptions {

    static final String GTIN = "GS1 GTIN-8, -12, -13 or -14 with a valid GS1 check digit.";
    static final String GLN = "GS1 GLN: 13 digits with a valid GS1 check digit.";
    static final String SSCC = "GS1 SSCC: 18 digits with a valid GS1 check digit.";
    static final String UNIT = "UN/ECE Recommendation 20 unit code, e.g. H87 (piece), KGM (kilogram).";
    static final String CURRENCY = "ISO 4217 currency code, e.g. EUR.";
    static final String COUNTRY = "ISO 3166-1 alpha-2 country code, e.g. BE.";

    private FieldDescriptions() {
    }
}
