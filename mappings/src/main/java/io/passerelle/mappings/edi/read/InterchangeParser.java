package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.EdiValidationError;
import io.passerelle.mappings.edi.ErrorScope;
import io.passerelle.mappings.edi.GroupHeader;
import io.passerelle.mappings.edi.InterchangeHeader;
import io.passerelle.mappings.edi.MessageHeader;
import io.passerelle.mappings.edi.MessageIdentifier;
import io.passerelle.mappings.edi.Tolerance;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.edi.schema.SchemaChoice;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Set;

/**
 * Walks a stream of interchanges with StAEDI and hands out each message as soon as its trailer has been
 * read, with its segments and the errors found in it but not yet translated, then the interchange
 * itself once its trailer has been read. {@link InterchangeReader} translates the messages.
 *
 * <p>Memory stays constant whatever the size of the stream: only the message being read is held
 * (its segments, for the translator), plus counters for the envelope. A message with errors is reported
 * with them and reading goes on with the next message of the same interchange. An unreadable stream
 * (a broken header, a truncated file) ends with a {@link ReceivedInterchange} whose {@code fatal} says
 * where and why; what was read before stands.
 *
 * <p>The message schema is chosen when the message header (UNH or ST) has been read, from its own
 * values, and handed to StAEDI while the header segment is still current: StAEDI then validates the
 * body against it.
 *
 * <p>Not thread-safe: one parser per stream, used by one thread at a time.
 */
final class InterchangeParser implements Iterator<Parsed> {

    private final EDIStreamReader reader;
    private final PreparedInput input;
    private final MessageSchemas schemas;
    private final ReadOptions options;
    private final ChunkPlacement placement;
    private final Queue<Parsed> ready = new ArrayDeque<>();
    private final List<LoopInstance> loops = new ArrayList<>();
    /** The loops above as the immutable list every segment keeps: shared by the segments between two loop events. */
    private List<LoopInstance> loopsSnapshot;
    private final Set<String> toleratedInSegment = new HashSet<>();
    private final List<PendingComponentError> pendingComponentErrors = new ArrayList<>();

    private List<Tolerance> streamTolerances;
    private boolean finished;
    private InterchangeState interchange;
    private GroupState group;
    private MessageState message;
    private SegmentBuilder segment;
    private int loopSerial;

    private InterchangeParser(EDIStreamReader reader, PreparedInput input, MessageSchemas schemas, ReadOptions options,
                              ChunkPlacement placement) {
        this.reader = reader;
        this.input = input;
        this.schemas = schemas;
        this.options = options;
        this.placement = placement;
        this.streamTolerances = new ArrayList<>(input.tolerated());
    }

    /** A parser of a prepared stream, or of a chunk of one placed in its interchange. */
    static InterchangeParser open(PreparedInput input, MessageSchemas schemas, ReadOptions options, ChunkPlacement placement) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // Line breaks and indentation between segments are common and carry nothing.
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, options.envelopeCodeLists());
        try {
            return new InterchangeParser(factory.createEDIStreamReader(input.stream(), input.charset().name()), input,
                    schemas, options, placement);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI refused charset " + input.charset() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public Parsed next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more messages or interchanges in this stream");
        }
        return ready.poll();
    }

    /** Closes StAEDI's reader and the stream under it. */
    void close() {
        try {
            reader.close();
            input.stream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the EDI stream", e);
        }
    }

    private void step() {
        try {
            if (!reader.hasNext()) {
                endOfStream();
                return;
            }
            handle(reader.next());
        } catch (EDIStreamException e) {
            fatal(placement.relocate(e.getMessage(), e.getLocation()));
        } catch (NoSuchElementException e) {
            endOfStream();
        }
    }

    private void handle(EDIStreamEvent event) {
        switch (event) {
            case START_INTERCHANGE -> startInterchange();
            case START_GROUP -> {
                interchange.groupCount++;
                group = new GroupState();
            }
            case START_TRANSACTION -> startMessage();
            case START_LOOP -> {
                loops.add(new LoopInstance(reader.getReferenceCode(), ++loopSerial));
                loopsSnapshot = null;
            }
            case END_LOOP -> {
                loops.remove(loops.size() - 1);
                loopsSnapshot = null;
            }
            case START_SEGMENT -> startSegment();
            case ELEMENT_DATA -> addElementData();
            case END_COMPOSITE -> resolveComponentErrors();
            case END_SEGMENT -> endSegment();
            case END_TRANSACTION -> endMessage();
            case END_GROUP -> endGroup();
            case END_INTERCHANGE -> endInterchange(null);
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> recordError();
            default -> {
                // START_COMPOSITE and binary data carry nothing the gateway keeps.
            }
        }
    }

    // ---- envelope ------------------------------------------------------------------------------

    private void startInterchange() {
        // Fails early on TRADACOMS, which StAEDI also reads but Passerelle does not translate.
        EdiStandard.fromStaedi(reader.getStandard());
        interchange = new InterchangeState();
        interchange.tolerated.addAll(streamTolerances);
        streamTolerances = new ArrayList<>();
    }

    private void endGroup() {
        List<EdiValidationError> errors = group.drafts.stream()
                .map(draft -> draft.locate(interchangeNumber(), groupNumber(), null, 0, 0)).toList();
        interchange.groups.add(new ReceivedInterchange.Group(group.header, group.messageCount, errors));
        interchange.tolerated.addAll(group.tolerated);
        group = null;
    }

    private void endInterchange(String fatal) {
        interchange.tolerated.addAll(input.endOfInterchange(interchange.header, fatal != null));
        List<EdiValidationError> errors = interchange.drafts.stream()
                .map(draft -> draft.locate(interchangeNumber(), null, null, 0, 0)).toList();
        ready.add(new ReceivedInterchange(interchange.header, interchange.groups, interchange.messageCount, errors,
                interchange.tolerated, fatal));
        interchange = null;
        group = null;
        message = null;
    }

    private void endOfStream() {
        finished = true;
        if (interchange != null) {
            fatal("the stream ended before the end of the interchange (no UNZ or IEA)");
        }
    }

    private void fatal(String reason) {
        finished = true;
        String text = reason;
        if (message != null) {
            text += "; message " + message.index + (message.reference == null ? "" : " (ref " + message.reference + ")")
                    + " was being read and is therefore not delivered";
        }
        if (interchange == null) {
            ready.add(new ReceivedInterchange(null, List.of(), 0, List.of(), streamTolerances, text));
            return;
        }
        if (group != null) {
            endGroup();
        }
        endInterchange(text);
    }

    // ---- segments ------------------------------------------------------------------------------

    private void startSegment() {
        Location location = reader.getLocation();
        toleratedInSegment.clear();
        if (message != null && message.headerPosition == 0) {
            message.headerPosition = location.getSegmentPosition();
        }
        if (loopsSnapshot == null) {
            loopsSnapshot = List.copyOf(loops);
        }
        segment = new SegmentBuilder(reader.getText(), location.getSegmentPosition(), loopsSnapshot);
    }

    private void addElementData() {
        Location location = reader.getLocation();
        segment.add(location.getElementPosition(), location.getElementOccurrence(),
                Math.max(0, location.getComponentPosition()), reader.getText());
    }

    private void endSegment() {
        resolveComponentErrors();
        String tag = segment.tag;
        switch (tag) {
            case "UNA", "UNT", "SE", "UNE", "GE", "UNZ", "IEA" -> {
                // Trailers: their counts and references are checked by StAEDI against the control schema.
            }
            case "UNB", "ISA" -> {
                interchange.headerSegment = segment.build(segment.rawPosition);
                interchange.header = EnvelopeHeaders.interchange(interchange.headerSegment);
            }
            case "UNG", "GS" -> {
                if (group != null) {
                    group.headerSegment = segment.build(segment.rawPosition);
                    group.header = EnvelopeHeaders.group(group.headerSegment);
                }
            }
            case "UNH", "ST" -> {
                if (message != null) {
                    messageHeader(segment.build(1));
                }
            }
            default -> {
                if (message != null) {
                    message.segments.add(segment.build(segment.rawPosition - message.headerPosition + 1));
                }
            }
        }
    }

    // ---- messages ------------------------------------------------------------------------------

    private void startMessage() {
        message = new MessageState(placement.messagesBefore() + ++interchange.messageCount);
        if (group != null) {
            group.messageCount++;
        }
        loops.clear();
        loopsSnapshot = null;
        loopSerial = 0;
    }

    private void messageHeader(Segment header) {
        message.reference = EnvelopeHeaders.messageReference(header);
        message.identifier = EnvelopeHeaders.message(header, group == null ? null : group.headerSegment);
        message.choice = schemas.choose(message.identifier);
        if (message.choice instanceof SchemaChoice.Found found) {
            // Allowed while the header segment is current: StAEDI validates the body with it.
            reader.setTransactionSchema(found.schema().schema());
        }
    }

    private void endMessage() {
        String groupNumber = groupNumber();
        List<EdiValidationError> errors = message.drafts.stream()
                .map(draft -> draft.locate(interchangeNumber(), groupNumber, message.reference, message.index,
                        message.headerPosition))
                .toList();
        ready.add(new ParsedMessage(interchange.header, group == null ? null : group.header,
                new MessageHeader(message.reference, message.identifier, message.index), message.choice, errors,
                message.tolerated, new MessageContent(message.segments)));
        message = null;
        loops.clear();
        loopsSnapshot = null;
    }

    // ---- errors --------------------------------------------------------------------------------

    private void recordError() {
        EDIStreamValidationError error = reader.getErrorType();
        Location location = reader.getLocation();
        String text = reader.hasText() ? reader.getText() : null;
        EDIReference reference = reader.getSchemaTypeReference();
        String code = reader.getReferenceCode();
        if (options.emptyTrailingComponents() && error == EDIStreamValidationError.TOO_MANY_COMPONENTS
                && reference != null && reference.getReferencedType() instanceof EDISimpleType) {
            if (location.getComponentPosition() <= 0 && toleratedInSegment.contains(code)) {
                // StAEDI repeats a tolerated GS08 error once more with a stale element position.
                return;
            }
            pendingComponentErrors.add(new PendingComponentError(location.copy(), error, text, reference, code));
            return;
        }
        addDraft(location, error, text, reference, code);
    }

    /**
     * A simple element arrived with components: tolerated when every component after the first is
     * empty, since the element's value is then the first component and nothing else was sent.
     */
    private void resolveComponentErrors() {
        if (pendingComponentErrors.isEmpty()) {
            return;
        }
        boolean onlyEmptyExtras = pendingComponentErrors.stream()
                .filter(pending -> pending.location.getComponentPosition() > 1)
                .allMatch(pending -> pending.text == null || pending.text.isEmpty());
        PendingComponentError first = pendingComponentErrors.get(0);
        if (onlyEmptyExtras) {
            toleratedInSegment.add(first.code);
            String tag = first.location.getSegmentTag();
            if (placement.reports(tag)) {
                // Named by its position in the interchange, as one pass counts it.
                tolerances().add(new Tolerance(scope(tag), tag + " at " + placement.position(tag,
                        first.location.getSegmentPosition()) + ", element "
                        + first.location.getElementPosition(), "simple element followed by an empty component (a "
                        + "component separator before the next delimiter): read as its first component"));
            }
        } else {
            for (PendingComponentError pending : pendingComponentErrors) {
                addDraft(pending.location, pending.error, pending.text, pending.reference, pending.code);
            }
        }
        pendingComponentErrors.clear();
    }

    private void addDraft(Location location, EDIStreamValidationError error, String text, EDIReference reference, String code) {
        String tag = location.getSegmentTag();
        int element = Math.max(0, location.getElementPosition());
        int component = Math.max(0, location.getComponentPosition());
        ErrorTexts.Texts texts;
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
            texts = new ErrorTexts.Texts(actualCount(tag, location.getSegmentPosition()) + " (the actual count)",
                    "\"" + text + "\" declared in " + tag);
        } else if (error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
            texts = new ErrorTexts.Texts("\"" + headerReference(tag) + "\", the reference in the header", "\"" + text + "\"");
        } else {
            Schema schema = message != null && message.choice instanceof SchemaChoice.Found found ? found.schema().schema() : null;
            texts = ErrorTexts.describe(error, tag, text, reference, code, component > 0 ? component : element, schema);
        }
        ErrorScope scope = scope(tag);
        int position = location.getSegmentPosition();
        if (scope != ErrorScope.MESSAGE) {
            if (!placement.reports(tag)) {
                return;
            }
            position = placement.position(tag, position);
        }
        String elementReference = element == 0 ? code
                : reference != null && reference.getReferencedType().getCode() != null ? reference.getReferencedType().getCode() : code;
        ErrorDraft draft = new ErrorDraft(scope, tag, position, element, component,
                element > 0 ? location.getElementOccurrence() : 0, elementReference, error, texts.expected(), texts.found(),
                element > 0 ? text : null);
        switch (draft.scope()) {
            case MESSAGE -> message.drafts.add(draft);
            case GROUP -> group.drafts.add(draft);
            default -> interchange.drafts.add(draft);
        }
    }

    private ErrorScope scope(String tag) {
        switch (tag == null ? "" : tag) {
            case "UNA", "UNB", "UNZ", "ISA", "IEA":
                return ErrorScope.INTERCHANGE;
            case "UNG", "UNE", "GS", "GE":
                return group != null ? ErrorScope.GROUP : ErrorScope.INTERCHANGE;
            default:
                if (message != null) {
                    return ErrorScope.MESSAGE;
                }
                return group != null ? ErrorScope.GROUP : ErrorScope.INTERCHANGE;
        }
    }

    private List<Tolerance> tolerances() {
        if (message != null) {
            return message.tolerated;
        }
        return group != null ? group.tolerated : interchange.tolerated;
    }

    private String actualCount(String tag, int rawPosition) {
        switch (tag) {
            case "UNT", "SE":
                return String.valueOf(rawPosition - message.headerPosition + 1);
            case "UNE", "GE":
                return String.valueOf(group.messageCount);
            case "IEA":
                return String.valueOf(interchange.groupCount);
            default:
                return String.valueOf(interchange.groupCount > 0 ? interchange.groupCount : interchange.messageCount);
        }
    }

    private String headerReference(String tag) {
        switch (tag) {
            case "UNT", "SE":
                return message.reference;
            case "UNE", "GE":
                return groupNumber();
            default:
                return interchangeNumber();
        }
    }

    private String interchangeNumber() {
        return ParsedMessage.interchangeNumber(interchange.header);
    }

    private String groupNumber() {
        return group == null || group.header == null ? null : group.header.controlNumber();
    }

    // ---- state ---------------------------------------------------------------------------------

    private record PendingComponentError(Location location, EDIStreamValidationError error, String text,
                                         EDIReference reference, String code) {
    }

    private static final class InterchangeState {
        final List<ErrorDraft> drafts = new ArrayList<>();
        final List<Tolerance> tolerated = new ArrayList<>();
        final List<ReceivedInterchange.Group> groups = new ArrayList<>();
        Segment headerSegment;
        InterchangeHeader header;
        int groupCount;
        int messageCount;
    }

    private static final class GroupState {
        final List<ErrorDraft> drafts = new ArrayList<>();
        final List<Tolerance> tolerated = new ArrayList<>();
        Segment headerSegment;
        GroupHeader header;
        int messageCount;
    }

    private static final class MessageState {
        final int index;
        final List<Segment> segments = new ArrayList<>();
        final List<ErrorDraft> drafts = new ArrayList<>();
        final List<Tolerance> tolerated = new ArrayList<>();
        int headerPosition;
        String reference;
        MessageIdentifier identifier;
        SchemaChoice choice;

        MessageState(int index) {
            this.index = index;
        }
    }

    private static final class SegmentBuilder {
        final String tag;
        final int rawPosition;
        final List<LoopInstance> loops;
        final List<Segment.Value> values = new ArrayList<>();

        SegmentBuilder(String tag, int rawPosition, List<LoopInstance> loops) {
            this.tag = tag;
            this.rawPosition = rawPosition;
            this.loops = loops;
        }

        void add(int element, int repetition, int component, String text) {
            values.add(new Segment.Value(element, repetition, component, text));
        }

        Segment build(int position) {
            return new Segment(tag, position, loops, values);
        }
    }
}
