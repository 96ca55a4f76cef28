package io.passerelle.mappings.edi.ack;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Map;

/**
 * StAEDI's validation errors as the codes acknowledgements carry: EDIFACT 0085 (CONTRL UCI, UCM, UCS,
 * UCD), X12 720/723 (997 AK304, AK403) and 620/621 (999 IK304, IK403). And the codes back into words,
 * for acknowledgements received.
 */
public final class SyntaxErrorCodes {

    /** EDIFACT 0085: no agreement exists for the message (type or version not supported). */
    public static final String EDIFACT_NO_AGREEMENT = "17";
    /** X12 718: transaction set not supported. */
    public static final String X12_NOT_SUPPORTED = "1";
    /** X12 718: one or more segments in error. */
    public static final String X12_SEGMENTS_IN_ERROR = "5";
    /** X12 718: transaction set control number in header and trailer do not match. */
    public static final String X12_CONTROL_NUMBER_MISMATCH = "3";
    /** X12 718: number of included segments does not match actual count. */
    public static final String X12_SEGMENT_COUNT_MISMATCH = "4";
    /** X12 716: group control number in the functional group header and trailer do not agree. */
    public static final String X12_GROUP_CONTROL_NUMBER_MISMATCH = "4";
    /** X12 716: number of included transaction sets does not match actual count. */
    public static final String X12_GROUP_COUNT_MISMATCH = "5";

    private static final Map<String, String> EDIFACT_TEXT = Map.ofEntries(
            Map.entry("2", "syntax version or level not supported"),
            Map.entry("7", "interchange recipient not actual recipient"),
            Map.entry("12", "invalid value"),
            Map.entry("13", "missing"),
            Map.entry("14", "value not supported in this position"),
            Map.entry("15", "not supported in this position"),
            Map.entry("16", "too many constituents"),
            Map.entry("17", "no agreement"),
            Map.entry("18", "unspecified error"),
            Map.entry("21", "invalid character(s)"),
            Map.entry("22", "invalid service segment tag"),
            Map.entry("26", "duplicate detected"),
            Map.entry("28", "references do not match"),
            Map.entry("29", "control count does not match number of instances received"),
            Map.entry("35", "too many repetitions"),
            Map.entry("36", "too many segment group repetitions"),
            Map.entry("37", "invalid type of character(s)"),
            Map.entry("39", "data element too long"),
            Map.entry("40", "data element too short"));

    private static final Map<String, String> X12_SEGMENT_TEXT = Map.ofEntries(
            Map.entry("1", "unrecognized segment ID"),
            Map.entry("2", "unexpected segment"),
            Map.entry("3", "required segment missing"),
            Map.entry("4", "loop occurs over maximum times"),
            Map.entry("5", "segment exceeds maximum use"),
            Map.entry("6", "segment not in defined transaction set"),
            Map.entry("7", "segment not in proper sequence"),
            Map.entry("8", "segment has data element errors"),
            Map.entry("I4", "implementation \"not used\" segment present"),
            Map.entry("I6", "implementation dependent segment missing"),
            Map.entry("I7", "implementation loop occurs under minimum times"),
            Map.entry("I8", "implementation segment below minimum use"),
            Map.entry("I9", "implementation dependent \"not used\" segment present"));

    private static final Map<String, String> X12_ELEMENT_TEXT = Map.ofEntries(
            Map.entry("1", "required data element missing"),
            Map.entry("2", "conditional required data element missing"),
            Map.entry("3", "too many data elements"),
            Map.entry("4", "data element too short"),
            Map.entry("5", "data element too long"),
            Map.entry("6", "invalid character in data element"),
            Map.entry("7", "invalid code value"),
            Map.entry("8", "invalid date"),
            Map.entry("9", "invalid time"),
            Map.entry("10", "exclusion condition violated"),
            Map.entry("12", "too many repetitions"),
            Map.entry("13", "too many components"),
            Map.entry("I6", "code value not used in implementation"),
            Map.entry("I9", "implementation dependent data element missing"),
            Map.entry("I10", "implementation \"not used\" data element present"),
            Map.entry("I11", "implementation too few repetitions"),
            Map.entry("I12", "implementation pattern match failure"),
            Map.entry("I13", "implementation dependent \"not used\" data element present"));

    private static final Map<String, String> X12_TRANSACTION_TEXT = Map.ofEntries(
            Map.entry("1", "transaction set not supported"),
            Map.entry("2", "transaction set trailer missing"),
            Map.entry("3", "transaction set control number in header and trailer do not match"),
            Map.entry("4", "number of included segments does not match actual count"),
            Map.entry("5", "one or more segments in error"),
            Map.entry("6", "missing or invalid transaction set identifier"),
            Map.entry("7", "missing or invalid transaction set control number"),
            Map.entry("23", "transaction set control number not unique within the functional group"));

    private SyntaxErrorCodes() {
    }

    /** EDIFACT 0085 for a StAEDI error. */
    public static String edifact(EDIStreamValidationError error) {
        switch (error) {
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
                 SEGMENT_NOT_IN_PROPER_SEQUENCE, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                 IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                 IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, EXCLUSION_CONDITION_VIOLATED,
                 SEGMENT_EXCLUSION_CONDITION_VIOLATED:
                return "15";
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING,
                 REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
                 IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING:
                return "13";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES:
                return "36";
            case SEGMENT_EXCEEDS_MAXIMUM_USE, TOO_MANY_REPETITIONS:
                return "35";
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS:
                return "16";
            case DATA_ELEMENT_TOO_SHORT:
                return "40";
            case DATA_ELEMENT_TOO_LONG:
                return "39";
            case INVALID_CHARACTER_DATA:
                return "21";
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE, INVALID_DATE, INVALID_TIME,
                 IMPLEMENTATION_PATTERN_MATCH_FAILURE:
                return "12";
            case CONTROL_REFERENCE_MISMATCH:
                return "28";
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT:
                return "29";
            default:
                return "18";
        }
    }

    /** X12 AK304 (997) or IK304 (999) for a segment-level StAEDI error. */
    public static String x12Segment(EDIStreamValidationError error, boolean implementation) {
        switch (error) {
            case UNRECOGNIZED_SEGMENT_ID:
                return "1";
            case UNEXPECTED_SEGMENT:
                return "2";
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING:
                return "3";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES:
                return "4";
            case SEGMENT_EXCEEDS_MAXIMUM_USE:
                return "5";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET:
                return "6";
            case SEGMENT_NOT_IN_PROPER_SEQUENCE:
                return "7";
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT:
                return implementation ? "I4" : "2";
            case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING:
                return implementation ? "I6" : "3";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES:
                return implementation ? "I7" : "3";
            case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE:
                return implementation ? "I8" : "3";
            case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT:
                return implementation ? "I9" : "2";
            default:
                // Element errors are reported on their segment as "segment has data element errors".
                return "8";
        }
    }

    /** X12 AK403 (997) or IK403 (999) for an element-level StAEDI error. */
    public static String x12Element(EDIStreamValidationError error, boolean implementation) {
        switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING:
                return "1";
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING:
                return "2";
            case TOO_MANY_DATA_ELEMENTS:
                return "3";
            case DATA_ELEMENT_TOO_SHORT:
                return "4";
            case DATA_ELEMENT_TOO_LONG:
                return "5";
            case INVALID_CHARACTER_DATA:
                return "6";
            case INVALID_CODE_VALUE:
                return "7";
            case INVALID_DATE:
                return "8";
            case INVALID_TIME:
                return "9";
            case EXCLUSION_CONDITION_VIOLATED:
                return "10";
            case TOO_MANY_REPETITIONS:
                return "12";
            case TOO_MANY_COMPONENTS:
                return "13";
            case IMPLEMENTATION_INVALID_CODE_VALUE:
                return implementation ? "I6" : "7";
            case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING:
                return implementation ? "I9" : "1";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT:
                return implementation ? "I10" : "3";
            case IMPLEMENTATION_TOO_FEW_REPETITIONS:
                return implementation ? "I11" : "1";
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE:
                return implementation ? "I12" : "7";
            case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT:
                return implementation ? "I13" : "3";
            default:
                return "7";
        }
    }

    public static String describeEdifact(String code) {
        return EDIFACT_TEXT.getOrDefault(code, "syntax error " + code);
    }

    public static String describeX12Segment(String code) {
        return X12_SEGMENT_TEXT.getOrDefault(code, "segment error " + code);
    }

    public static String describeX12Element(String code) {
        return X12_ELEMENT_TEXT.getOrDefault(code, "element error " + code);
    }

    public static String describeX12Transaction(String code) {
        return X12_TRANSACTION_TEXT.getOrDefault(code, "transaction set error " + code);
    }
}
