package io.passerelle.mappings.edi.read;

/**
 * What {@link InterchangeParser} hands to {@link InterchangeReader}: a message still to translate, or an
 * interchange, which is complete as parsed.
 */
sealed interface Parsed permits ParsedMessage, ReceivedInterchange {
}
