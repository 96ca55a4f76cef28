package io.passerelle.mappings.edi.read;

import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.canonical.validation.Violation;
import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.ErrorScope;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.inbound.ContentError;
import io.passerelle.mappings.edi.inbound.InboundTranslator;
import io.passerelle.mappings.edi.inbound.PartnerCodes;
import io.passerelle.mappings.edi.inbound.TradingPartner;
import io.passerelle.mappings.edi.inbound.TranslationContext;
import io.passerelle.mappings.edi.schema.MessageKind;
import io.passerelle.mappings.edi.schema.SchemaChoice;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Hands out each message of a stream of interchanges as soon as its trailer has been read, translated to
 * the canonical model, then the interchange itself once its trailer has been read.
 *
 * <p>The stream is parsed and validated by an {@link InterchangeParser} running a few messages ahead on
 * another thread ({@link ReadAhead}), or, for a large plain interchange, by parsers of chunks of it on
 * every core ({@link ChunkedParse}); each message is translated here, on the caller's thread, when the
 * caller asks for it: the conversion tables are read, and unknown codes parked, in the caller's
 * transaction. Memory stays bounded whatever the size of the stream: the message being translated and at
 * most some hundred parsed ones ({@value #BATCH} per batch, {@value #BATCHES_AHEAD} batches waiting, one being
 * filled and one being read).
 *
 * <p>Not thread-safe: one reader per stream. Close it, also when stopping early, to stop the parsing and
 * close the stream.
 */
public final class InterchangeReader implements Iterator<Received>, AutoCloseable {

    /** Messages handed from the parsing thread at once, and batches that may wait: enough to keep both threads busy. */
    static final int BATCH = 16;
    static final int BATCHES_AHEAD = 4;

    private final ParsedSource parsed;
    private final InboundEdi gateway;
    private final CanonicalValidator validator = new CanonicalValidator();
    private InterchangeHeader partnerOf;
    private TradingPartner partner;

    InterchangeReader(ParsedSource parsed, InboundEdi gateway) {
        this.parsed = parsed;
        this.gateway = gateway;
    }

    @Override
    public boolean hasNext() {
        return parsed.hasNext();
    }

    @Override
    public Received next() {
        Parsed next = parsed.next();
        if (next instanceof ParsedMessage message) {
            return received(message);
        }
        return (ReceivedInterchange) next;
    }

    /** True when the interchange is parsed in chunks on several cores ({@link ChunkedParse}). */
    public boolean parallel() {
        return parsed instanceof ChunkedParse;
    }

    @Override
    public void close() {
        parsed.close();
    }

    private ReceivedMessage received(ParsedMessage message) {
        MessageKind kind = message.choice() instanceof SchemaChoice.Found found ? found.schema().kind() : null;
        MessageOutcome outcome;
        if (message.choice() instanceof SchemaChoice.NotSupported notSupported) {
            outcome = new MessageOutcome.NotSupported(notSupported.reason(), message.errors());
        } else if (!message.errors().isEmpty()) {
            outcome = new MessageOutcome.Invalid(message.errors());
        } else {
            outcome = translate(kind, message);
        }
        return new ReceivedMessage(message.interchange(), message.group(), message.header(), kind, outcome,
                message.tolerated(), message.content());
    }

    private MessageOutcome translate(MessageKind kind, ParsedMessage message) {
        InboundTranslator translator = gateway.translators().forKind(kind);
        if (translator == null) {
            return new MessageOutcome.Validated();
        }
        PartnerCodes codes = new PartnerCodes(gateway.codes(), partner(message.interchange()), gateway.ownGlns(),
                "edi:" + kind.type(), message.interchangeNumber() + "/" + message.header().reference());
        try {
            Object payload = translator.translate(message.content(),
                    new TranslationContext(message.interchange(), message.group(), message.header(), codes));
            List<Violation> violations = validate(payload);
            return violations.isEmpty() ? new MessageOutcome.Translated(payload)
                    : new MessageOutcome.BreaksCanonicalRules(payload, violations);
        } catch (UnmappedCodeException e) {
            return new MessageOutcome.Unmapped(e);
        } catch (ContentError e) {
            return new MessageOutcome.Invalid(List.of(new EdiValidationError(ErrorScope.MESSAGE, message.interchangeNumber(),
                    message.groupNumber(), message.header().reference(), message.header().index(), e.segment().tag(),
                    e.segment().position(), e.element(), e.component(), 0, null, e.error(), e.expected(), e.found(), null)));
        }
    }

    /** Looked up once per interchange: the sender does not change within it. */
    private TradingPartner partner(InterchangeHeader interchange) {
        if (partner == null || partnerOf != interchange) {
            partner = gateway.partners().partnerFor(interchange);
            partnerOf = interchange;
        }
        return partner;
    }

    /** Canonical rules, for one object or for each object of a list (paths then start with its index). */
    private List<Violation> validate(Object payload) {
        if (!(payload instanceof List<?> list)) {
            return validator.validate(payload);
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            for (Violation violation : validator.validate(list.get(i))) {
                String path = violation.path().isEmpty() ? "[" + i + "]" : "[" + i + "]." + violation.path();
                violations.add(new Violation(path, violation.rejectedValue(), violation.rule()));
            }
        }
        return violations;
    }
}
