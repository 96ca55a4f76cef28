package io.passerelle.mappings.edi.read;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Says a StAEDI validation error in words: what the schema expects and what the message carries. The
 * schema types StAEDI reports with the error (lengths, code lists, occurrences) give the expectation,
 * so the text matches the schema that found the fault.
 */
final class ErrorTexts {

    private static final int LISTED_CODES = 12;

    record Texts(String expected, String found) {
    }

    /**
     * @param tag            the segment StAEDI's location points at
     * @param text           the data or segment tag StAEDI attached to the error, may be null
     * @param reference      the schema type of the element, composite, segment or loop at fault, may be null
     * @param referenceCode  StAEDI's reference code (element number, missing segment tag), may be null
     * @param position       element or component position that was too many, 0 when not relevant
     * @param schema         the message schema in force, null in the envelope
     */
    static Texts describe(EDIStreamValidationError error, String tag, String text, EDIReference reference,
                          String referenceCode, int position, Schema schema) {
        EDIType type = reference == null ? null : reference.getReferencedType();
        String value = text == null ? "" : text;
        switch (error) {
            case UNRECOGNIZED_SEGMENT_ID:
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET:
                return new Texts(schema == null ? "a segment of the envelope"
                        : "one of the segments defined for this message (" + segmentTags(schema) + ")",
                        "segment " + or(value, tag));
            case UNEXPECTED_SEGMENT:
            case SEGMENT_NOT_IN_PROPER_SEQUENCE:
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT:
            case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT:
                return new Texts("a segment allowed at this point of the message structure", "segment " + or(value, tag) + " here");
            case MANDATORY_SEGMENT_MISSING:
            case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING:
            case CONDITIONAL_REQUIRED_SEGMENT_MISSING: {
                String missing = or(referenceCode, value);
                return new Texts("segment " + missing + title(type) + " (mandatory)", "no " + missing + " before " + tag);
            }
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES:
            case SEGMENT_EXCEEDS_MAXIMUM_USE:
            case TOO_MANY_REPETITIONS:
                return new Texts("at most " + (reference == null ? "the allowed number of" : reference.getMaxOccurs())
                        + " occurrence(s) of " + or(referenceCode, tag), "one more occurrence" + quoted(value));
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES:
            case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE:
            case IMPLEMENTATION_TOO_FEW_REPETITIONS:
                return new Texts("at least " + (reference == null ? "the required number of" : reference.getMinOccurs())
                        + " occurrence(s) of " + or(referenceCode, tag), "fewer");
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS:
                return new Texts("valid data elements", "data element errors in " + tag);
            case SEGMENT_EXCLUSION_CONDITION_VIOLATED:
            case EXCLUSION_CONDITION_VIOLATED:
                return new Texts("at most one of the mutually exclusive " + (error == EDIStreamValidationError.EXCLUSION_CONDITION_VIOLATED ? "elements" : "segments"),
                        "more than one" + quoted(value));
            case REQUIRED_DATA_ELEMENT_MISSING:
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING:
            case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING:
                return new Texts("a value for " + name(type, referenceCode) + " (mandatory)", "no value");
            case TOO_MANY_DATA_ELEMENTS:
                return new Texts("at most " + elementCount(schema, tag) + " data elements in " + tag,
                        "element " + position + quoted(value));
            case TOO_MANY_COMPONENTS:
                return new Texts(type instanceof EDIComplexType complex
                        ? "at most " + complex.getReferences().size() + " components in " + name(type, referenceCode)
                        : "a simple data element without components (" + name(type, referenceCode) + ")",
                        "component " + position + quoted(value));
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT:
            case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT:
                return new Texts("no value for " + name(type, referenceCode) + " in this implementation", quoted(value).strip());
            case DATA_ELEMENT_TOO_SHORT:
                return new Texts("at least " + (type instanceof EDISimpleType simple ? simple.getMinLength() : "the minimum")
                        + " characters for " + name(type, referenceCode), value.length() + " characters" + quoted(value));
            case DATA_ELEMENT_TOO_LONG:
                return new Texts("at most " + (type instanceof EDISimpleType simple ? simple.getMaxLength() : "the maximum")
                        + " characters for " + name(type, referenceCode), value.length() + " characters" + quoted(value));
            case INVALID_CHARACTER_DATA:
                return new Texts(kindOfData(type) + " for " + name(type, referenceCode), quoted(value).strip());
            case INVALID_CODE_VALUE:
            case IMPLEMENTATION_INVALID_CODE_VALUE:
                return new Texts(codes(type) + " for " + name(type, referenceCode), quoted(value).strip());
            case INVALID_DATE:
                return new Texts("a date CCYYMMDD or YYMMDD for " + name(type, referenceCode), quoted(value).strip());
            case INVALID_TIME:
                return new Texts("a time HHMM, HHMMSS or HHMMSSd..d for " + name(type, referenceCode), quoted(value).strip());
            default:
                return new Texts("data conforming to " + name(type, referenceCode), quoted(value).strip());
        }
    }

    static String name(EDIType type, String referenceCode) {
        if (type == null) {
            return referenceCode == null ? "the element" : referenceCode;
        }
        String code = type.getCode() == null ? type.getId() : type.getCode();
        return type.getTitle() == null ? code : code + " " + type.getTitle();
    }

    private static String title(EDIType type) {
        return type == null || type.getTitle() == null ? "" : " " + type.getTitle();
    }

    private static String kindOfData(EDIType type) {
        if (!(type instanceof EDISimpleType simple)) {
            return "valid characters";
        }
        switch (simple.getBase()) {
            case NUMERIC:
                return "digits only";
            case DECIMAL:
                return "a decimal number";
            case DATE:
                return "a date";
            case TIME:
                return "a time";
            default:
                return "characters of the interchange's character set";
        }
    }

    private static String codes(EDIType type) {
        if (!(type instanceof EDISimpleType simple) || simple.getValueSet().isEmpty()) {
            return "a code from the code list";
        }
        Set<String> values = new TreeSet<>(simple.getValueSet());
        String listed = values.stream().limit(LISTED_CODES).collect(Collectors.joining(", "));
        return "one of " + listed + (values.size() > LISTED_CODES ? "… (" + values.size() + " codes)" : "");
    }

    private static int elementCount(Schema schema, String tag) {
        EDIType segment = schema == null ? null : schema.getType(tag);
        return segment instanceof EDIComplexType complex ? complex.getReferences().size() : 0;
    }

    /** The tags of every segment the schema declares, sorted. */
    static String segmentTags(Schema schema) {
        Set<String> tags = new TreeSet<>();
        for (EDIType type : schema) {
            if (type.isType(EDIType.Type.SEGMENT)) {
                tags.add(type.getId());
            }
        }
        return String.join(", ", tags);
    }

    private static String or(String first, String second) {
        return first == null || first.isEmpty() ? second : first;
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "" : " \"" + value + "\"";
    }
}
