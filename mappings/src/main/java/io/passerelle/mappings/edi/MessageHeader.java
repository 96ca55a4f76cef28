package io.passerelle.mappings.edi;

/**
 * A message (EDIFACT) or transaction set (X12) as its header announces it.
 *
 * @param reference  UNH 0062 or ST02: the message reference acknowledgements quote
 * @param index      1 for the first message of the interchange, 2 for the next...
 */
public record MessageHeader(String reference, MessageIdentifier identifier, int index) {

    /** For example {@code message 2 (ref 0002, 850 (004010))}. */
    public String describe() {
        return "message " + index + " (ref " + reference + ", " + identifier + ")";
    }
}
