package io.passerelle.mappings.edi;

/**
 * A deviation from the syntax that Passerelle accepted because no data is lost and partners commonly
 * produce it (an ISA padded with the wrong number of spaces, an empty component before the segment
 * terminator, an interchange that ends without its last terminator). Kept with the message or the
 * interchange so that the partner can be told, without rejecting what was understood.
 *
 * @param where what was affected, e.g. {@code interchange 000028307, ISA06}
 * @param what  what was tolerated and how it was read
 */
public record Tolerance(ErrorScope scope, String where, String what) {

    public String describe() {
        return where + ": " + what;
    }

    @Override
    public String toString() {
        return describe();
    }
}
