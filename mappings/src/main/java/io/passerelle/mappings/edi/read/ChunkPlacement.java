package io.passerelle.mappings.edi.read;

import io.xlate.edi.stream.Location;

/**
 * Where a chunk of messages sits in the interchange it was cut from, so that what its parser reports reads
 * as if the whole interchange had been read in one pass: messages numbered from the interchange's start,
 * envelope segments positioned as in the file, and what the envelope says reported once (its header by the
 * first chunk, its trailers by the last).
 *
 * @param messagesBefore messages of the interchange before the chunk's first one
 * @param segmentsBefore message segments of the interchange before the chunk's first one
 * @param first          the chunk starts with the interchange's first message
 * @param last           the chunk ends with the interchange's last message; its trailers stand for the real ones
 */
record ChunkPlacement(int messagesBefore, int segmentsBefore, boolean first, boolean last) {

    /** A stream read in one pass. */
    static final ChunkPlacement WHOLE = new ChunkPlacement(0, 0, true, true);

    /** Whether this chunk reports what it finds in an envelope segment of this tag. */
    boolean reports(String tag) {
        return EnvelopeTags.isHeader(tag) ? first : !EnvelopeTags.isTrailer(tag) || last;
    }

    /** The position in the interchange of a segment outside any message, from its position in the chunk. */
    int position(String tag, int positionInChunk) {
        return EnvelopeTags.isHeader(tag) ? positionInChunk : positionInChunk + segmentsBefore;
    }

    /** StAEDI's message for an error that stopped it, with the segment position it names set as in the interchange. */
    String relocate(String message, Location location) {
        if (segmentsBefore == 0 || location == null || location.getSegmentPosition() < 0) {
            return message;
        }
        String said = "at position " + location.getSegmentPosition();
        int at = message.lastIndexOf(said);
        if (at < 0) {
            return message;
        }
        return message.substring(0, at) + "at position " + position(location.getSegmentTag(), location.getSegmentPosition())
                + message.substring(at + said.length());
    }
}
