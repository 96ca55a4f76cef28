package io.passerelle.mappings.edi.read;

/**
 * One occurrence of a schema loop (segment group) in a message, as StAEDI reports it with START_LOOP.
 *
 * @param code   the loop code from Passerelle's schema, e.g. {@code LINE}, {@code PARTY}
 * @param serial unique within the message, so that two consecutive occurrences of the same loop can be
 *               told apart
 */
public record LoopInstance(String code, int serial) {
}
