package io.passerelle.mappings.edi.inbound;

import io.passerelle.mappings.edi.read.MessageContent;

/**
 * One message type's body to canonical objects. Called only for messages that passed their schema, so
 * it may rely on mandatory segments and element lengths; it throws {@link ContentError} for data whose
 * meaning it cannot read.
 */
@FunctionalInterface
public interface InboundTranslator {

    Object translate(MessageContent content, TranslationContext context);
}
