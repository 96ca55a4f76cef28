package io.passerelle.mappings.edi.read;

import java.util.List;

/**
 * The body of one received message, from the segment after UNH (or ST) to the one before UNT (or SE).
 * The reader holds only the message it is delivering and the few it has parsed ahead of it.
 */
public final class MessageContent extends SegmentGroup {

    public MessageContent(List<Segment> segments) {
        super(List.copyOf(segments), 0);
    }

    public int size() {
        return segments().size();
    }
}
