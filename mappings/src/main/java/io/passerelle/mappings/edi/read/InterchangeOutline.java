package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiStandard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a file made of one plain interchange, found by a quick pass over its bytes before it is
 * read: one interchange, at most one functional group, messages one after the other, and trailers whose
 * counts and references are right. Such an interchange can be read in chunks of messages, in parallel
 * ({@link ChunkSplitter}, {@link ChunkedParse}), and give exactly what one pass would: its envelope has
 * nothing to report that a chunk would not see.
 *
 * <p>Anything else (several interchanges or groups, a wrong count, a stray segment between messages, a
 * truncated file) is read in one pass, where StAEDI and the parser report it as they always do.
 *
 * @param messages           messages in the interchange
 * @param groupReference     the group's control reference (UNG 0048, GS06) as sent; null without a group
 * @param interchangeReference the interchange control reference (UNB 0020, ISA13) as sent
 */
record InterchangeOutline(EdiStandard standard, char element, char release, char terminator, int messages,
                          String groupReference, String interchangeReference) {

    /** The outline of a prepared stream, read to its end; empty when the file is not one plain interchange. */
    static Optional<InterchangeOutline> survey(PreparedInput input) throws IOException {
        InterchangeSniffer.Sniffed sniffed = input.sniffed();
        if (sniffed == null || sniffed.element() == 0 || sniffed.terminator() == 0
                || (sniffed.standard() == EdiStandard.EDIFACT && Character.isWhitespace(sniffed.release()))) {
            return Optional.empty();
        }
        EnvelopeTags tags = EnvelopeTags.of(sniffed.standard());
        SegmentCutter cutter = new SegmentCutter(input.stream(), sniffed.element(), sniffed.release(), sniffed.terminator());
        if (!cutter.next()) {
            return Optional.empty();
        }
        // UNA is nine characters whatever they are: cut anywhere else, it was not read as StAEDI reads it.
        if (tags == EnvelopeTags.EDIFACT && cutter.startsWith("UNA") && (cutter.tagToTerminator() != 9 || !cutter.next())) {
            return Optional.empty();
        }
        if (!cutter.is(tags.interchange)) {
            return Optional.empty();
        }
        String interchangeReference = element(cutter.elements(), tags.interchangeReference);
        if (interchangeReference == null || !cutter.next()) {
            return Optional.empty();
        }
        String groupReference = null;
        if (cutter.is(tags.group)) {
            groupReference = element(cutter.elements(), tags.groupReference);
            if (groupReference == null || !cutter.next()) {
                return Optional.empty();
            }
        } else if (tags == EnvelopeTags.X12) {
            return Optional.empty();
        }
        int messages = 0;
        while (cutter.is(tags.messageHeader)) {
            messages++;
            do {
                if (!cutter.next() || tags.isEnvelope(cutter) || cutter.is(tags.messageHeader)) {
                    return Optional.empty();
                }
            } while (!cutter.is(tags.messageTrailer));
            if (!cutter.next()) {
                return Optional.empty();
            }
        }
        if (messages == 0) {
            return Optional.empty();
        }
        if (groupReference != null) {
            if (!cutter.is(tags.groupTrailer) || !cutter.elements().equals(List.of(String.valueOf(messages), groupReference))
                    || !cutter.next()) {
                return Optional.empty();
            }
        }
        String count = String.valueOf(groupReference != null ? 1 : messages);
        if (!cutter.is(tags.interchangeTrailer) || !cutter.elements().equals(List.of(count, interchangeReference))
                || cutter.next() || cutter.remainder()) {
            return Optional.empty();
        }
        return Optional.of(new InterchangeOutline(sniffed.standard(), sniffed.element(), sniffed.release(),
                sniffed.terminator(), messages, groupReference, interchangeReference));
    }

    String messageHeader() {
        return EnvelopeTags.of(standard).messageHeader;
    }

    String messageTrailer() {
        return EnvelopeTags.of(standard).messageTrailer;
    }

    /**
     * The trailers closing a chunk of {@code messages} messages, as the real ones are written (their counts
     * and references were found right), counting the chunk's messages only.
     */
    byte[] trailers(int messages) {
        EnvelopeTags tags = EnvelopeTags.of(standard);
        StringBuilder trailers = new StringBuilder();
        if (groupReference != null) {
            trailers.append(tags.groupTrailer).append(element).append(messages).append(element).append(groupReference)
                    .append(terminator);
        }
        trailers.append(tags.interchangeTrailer).append(element).append(groupReference != null ? 1 : messages)
                .append(element).append(interchangeReference).append(terminator);
        return trailers.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String element(List<String> elements, int position) {
        return elements.size() >= position && !elements.get(position - 1).isEmpty() ? elements.get(position - 1) : null;
    }
}
