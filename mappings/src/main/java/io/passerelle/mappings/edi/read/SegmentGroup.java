package io.passerelle.mappings.edi.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message or one occurrence of a loop within it: its own segments and its nested loops, as the
 * schema structured them. Translators navigate messages through this instead of re-parsing positions:
 * {@code message.loops("LINE")} gives each line with its own PIA, QTY and DTM.
 */
public class SegmentGroup {

    private final List<Segment> segments;
    private final int depth;
    /** The group's own segments, worked out on first use: translators ask for several tags of the same group. */
    private List<Segment> own;

    SegmentGroup(List<Segment> segments, int depth) {
        this.segments = segments;
        this.depth = depth;
    }

    /** The first segment with this tag directly in this group (not in a nested loop). */
    public Optional<Segment> first(String tag) {
        return own().stream().filter(segment -> segment.tag().equals(tag)).findFirst();
    }

    /** The segments with this tag directly in this group, in message order. */
    public List<Segment> all(String tag) {
        return own().stream().filter(segment -> segment.tag().equals(tag)).toList();
    }

    /** The segments with this tag in this group and all its nested loops, in message order. */
    public List<Segment> deep(String tag) {
        return segments.stream().filter(segment -> segment.tag().equals(tag)).toList();
    }

    /** The occurrences of a loop nested directly in this group, in message order. */
    public List<SegmentGroup> loops(String code) {
        List<SegmentGroup> groups = new ArrayList<>();
        List<Segment> current = null;
        LoopInstance currentLoop = null;
        for (Segment segment : segments) {
            LoopInstance loop = segment.loops().size() > depth ? segment.loops().get(depth) : null;
            if (loop == null || !loop.code().equals(code)) {
                currentLoop = null;
                continue;
            }
            if (!loop.equals(currentLoop)) {
                current = new ArrayList<>();
                groups.add(new SegmentGroup(current, depth + 1));
                currentLoop = loop;
            }
            current.add(segment);
        }
        return groups;
    }

    /** Every segment of the group, its nested loops included, in message order. */
    public List<Segment> segments() {
        return segments;
    }

    /** The first segment of the group: the loop's trigger segment (LIN, NAD, HL...). */
    public Segment trigger() {
        return segments.get(0);
    }

    private List<Segment> own() {
        if (own == null) {
            own = segments.stream().filter(segment -> segment.loops().size() == depth).toList();
        }
        return own;
    }
}
