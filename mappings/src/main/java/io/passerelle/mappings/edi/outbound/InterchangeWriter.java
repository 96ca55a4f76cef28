package io.passerelle.mappings.edi.outbound;

import io.passerelle.mappings.edi.EdiSeparators;
import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.read.SyntaxCharsets;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import io.xlate.edi.stream.Location;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;

/**
 * Writes one interchange with StAEDI's {@link EDIStreamWriter}: the envelope from an
 * {@link OutboundEnvelope}, messages whose segments the caller writes, and the trailers with their
 * counts. StAEDI validates while writing, the envelope against its control schema and each message
 * against Passerelle's message schema; a value that does not fit stops the writing with an
 * {@link OutboundEdiException} naming the segment and element.
 *
 * <p>Delimiters come from the envelope (the partner's profile); EDIFACT is encoded in the character set
 * of its syntax identifier. One segment per line, which the standards allow and people reading files
 * appreciate.
 */
public final class InterchangeWriter implements AutoCloseable {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final EDIStreamWriter writer;
    private final OutboundEnvelope envelope;
    private final String what;
    private int messages;
    private int segmentsInMessage;
    private String messageReference;

    private InterchangeWriter(EDIStreamWriter writer, OutboundEnvelope envelope, String what) {
        this.writer = writer;
        this.envelope = envelope;
        this.what = what;
    }

    /**
     * Opens the interchange and writes its header (UNA/UNB, or ISA and GS).
     *
     * @param functionalId X12 GS01 ({@code PR}, {@code SH}, {@code SC}, {@code FA}); ignored for EDIFACT
     * @param what         what is being written, for error messages ({@code ORDRSP for order 4711})
     */
    public static InterchangeWriter open(OutputStream out, OutboundEnvelope envelope, String functionalId, String what) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        EdiSeparators separators = envelope.separators();
        factory.setProperty(Delimiters.SEGMENT, separators.segment());
        factory.setProperty(Delimiters.DATA_ELEMENT, separators.element());
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, separators.component());
        if (separators.release() != 0) {
            factory.setProperty(Delimiters.RELEASE, separators.release());
        }
        if (separators.repetition() != 0) {
            factory.setProperty(Delimiters.REPETITION, separators.repetition());
        }
        String[] version;
        Charset charset = SyntaxCharsets.fallback();
        if (envelope.standard() == EdiStandard.EDIFACT) {
            factory.setProperty(Delimiters.DECIMAL, separators.decimal());
            version = envelope.syntax().split(":");
            Charset known = SyntaxCharsets.forSyntaxIdentifier(version[0]);
            charset = known == null ? charset : known;
        } else {
            version = new String[] {envelope.syntax()};
        }
        EDIStreamWriter writer;
        try {
            // X12's character sets are within ISO 8859-1, the fallback.
            writer = factory.createEDIStreamWriter(out, charset.name());
        } catch (EDIStreamException e) {
            throw new OutboundEdiException("cannot write " + what + ": " + e.getMessage(), e);
        }
        InterchangeWriter interchange = new InterchangeWriter(writer, envelope, what);
        interchange.run(() -> {
            writer.setControlSchema(controlSchema(envelope.standard(), version));
            writer.startInterchange();
            if (envelope.standard() == EdiStandard.EDIFACT) {
                interchange.writeUnb();
            } else {
                interchange.writeIsa();
                interchange.writeGs(functionalId);
            }
        });
        return interchange;
    }

    /**
     * Starts a message: UNH with {@code TYPE:D:release:UN[:association]}, or ST. The message schema
     * validates what follows.
     *
     * @param versionParts EDIFACT: version, release, agency and optional association
     *                     ({@code "D", "01B", "UN", "EAN008"}); X12: nothing, or the 005010 implementation
     *                     convention reference for ST03 ({@code 005010X231})
     */
    public InterchangeWriter startMessage(String reference, String type, Schema schema, String... versionParts) {
        run(() -> {
            messages++;
            messageReference = reference;
            segmentsInMessage = 0;
            if (envelope.standard() == EdiStandard.EDIFACT) {
                segment("UNH").element(reference);
                String[] identifier = new String[versionParts.length + 1];
                identifier[0] = type;
                System.arraycopy(versionParts, 0, identifier, 1, versionParts.length);
                composite(identifier).end();
            } else {
                segment("ST").element(type).element(reference);
                if (versionParts.length > 0) {
                    element(versionParts[0]);
                }
                end();
            }
            writer.setTransactionSchema(schema);
        });
        return this;
    }

    /** Writes UNT or SE with the segment count, header and trailer included. */
    public InterchangeWriter endMessage() {
        run(() -> {
            String trailer = envelope.standard() == EdiStandard.EDIFACT ? "UNT" : "SE";
            int count = segmentsInMessage + 1;
            segment(trailer).element(String.valueOf(count)).element(messageReference).end();
            writer.setTransactionSchema(null);
        });
        return this;
    }

    /** Begins a segment; write its elements, then {@link #end()}. */
    public InterchangeWriter segment(String tag) {
        run(() -> writer.writeStartSegment(tag));
        return this;
    }

    /** A simple element; null or empty writes an empty element (trailing ones are dropped). */
    public InterchangeWriter element(String value) {
        run(() -> {
            if (value == null || value.isEmpty()) {
                writer.writeEmptyElement();
            } else {
                writer.writeElement(value);
            }
        });
        return this;
    }

    /** A composite element of the given components; null or empty components are written empty. */
    public InterchangeWriter composite(String... components) {
        run(() -> {
            writer.writeStartElement();
            for (String component : components) {
                if (component == null || component.isEmpty()) {
                    writer.writeEmptyComponent();
                } else {
                    writer.writeComponent(component);
                }
            }
            writer.endElement();
        });
        return this;
    }

    /** Ends the current segment. */
    public InterchangeWriter end() {
        run(writer::writeEndSegment);
        segmentsInMessage++;
        return this;
    }

    /** Writes the trailers (GE and IEA, or UNZ) and flushes. The output stream stays open. */
    @Override
    public void close() {
        run(() -> {
            if (envelope.standard() == EdiStandard.EDIFACT) {
                segment("UNZ").element(String.valueOf(messages)).element(envelope.interchangeControlNumber()).end();
            } else {
                segment("GE").element(String.valueOf(messages)).element(envelope.groupControlNumber()).end();
                segment("IEA").element("1").element(isaControlNumber()).end();
            }
            writer.endInterchange();
            writer.flush();
        });
    }

    private void writeUnb() throws EDIStreamException {
        String[] syntax = envelope.syntax().split(":");
        segment("UNB").composite(syntax)
                .composite(envelope.senderId(), envelope.senderQualifier())
                .composite(envelope.receiverId(), envelope.receiverQualifier())
                .composite(envelope.prepared().format(YYMMDD), envelope.prepared().format(HHMM))
                .element(envelope.interchangeControlNumber());
        if (envelope.test()) {
            // UNB 0035, the eleventh element: 1 marks a test interchange.
            element(null).element(null).element(null).element(null).element(null).element("1");
        }
        end();
    }

    private void writeIsa() throws EDIStreamException {
        segment("ISA").element("00").element(" ".repeat(10)).element("00").element(" ".repeat(10))
                .element(pad(envelope.senderQualifier(), 2)).element(pad(envelope.senderId(), 15))
                .element(pad(envelope.receiverQualifier(), 2)).element(pad(envelope.receiverId(), 15))
                .element(envelope.prepared().format(YYMMDD)).element(envelope.prepared().format(HHMM))
                .element(envelope.separators().repetition() != 0 ? String.valueOf(envelope.separators().repetition()) : "U")
                .element(envelope.syntax()).element(isaControlNumber()).element("0")
                .element(envelope.test() ? "T" : "P").element(String.valueOf(envelope.separators().component())).end();
    }

    private void writeGs(String functionalId) throws EDIStreamException {
        segment("GS").element(functionalId).element(envelope.senderId()).element(envelope.receiverId())
                .element(envelope.prepared().format(CCYYMMDD)).element(envelope.prepared().format(HHMM))
                .element(envelope.groupControlNumber()).element("X").element(envelope.x12GroupVersion()).end();
    }

    private String isaControlNumber() {
        String number = envelope.interchangeControlNumber();
        return "0".repeat(Math.max(0, 9 - number.length())) + number;
    }

    private static String pad(String value, int width) {
        if (value.length() > width) {
            throw new OutboundEdiException("'" + value + "' does not fit the ISA's fixed width of " + width + " characters");
        }
        return value + " ".repeat(width - value.length());
    }

    private static Schema controlSchema(EdiStandard standard, String[] version) throws EDISchemaException {
        return SchemaFactory.newFactory().getControlSchema(standard.name(), version);
    }

    @FunctionalInterface
    private interface WriteStep {
        void run() throws EDIStreamException, EDISchemaException;
    }

    private void run(WriteStep step) {
        try {
            step.run();
        } catch (EDIValidationException e) {
            throw new OutboundEdiException("cannot write " + what + ": " + describe(e), e);
        } catch (EDIStreamException | EDISchemaException e) {
            throw new OutboundEdiException("cannot write " + what + ": " + e.getMessage(), e);
        }
    }

    private static String describe(EDIValidationException e) {
        StringBuilder text = new StringBuilder();
        for (EDIValidationException error = e; error != null; error = error.getNextException()) {
            Location location = error.getLocation();
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error.getError());
            if (location != null) {
                text.append(" in segment ").append(location.getSegmentTag());
                if (location.getElementPosition() > 0) {
                    text.append(", element ").append(location.getElementPosition());
                }
                if (location.getComponentPosition() > 0) {
                    text.append(", component ").append(location.getComponentPosition());
                }
            }
            if (error.getData() != null) {
                text.append(" (\"").append(error.getData()).append("\")");
            }
        }
        return text.toString();
    }
}
