package io.passerelle.mappings.edi.read;

import java.util.ArrayList;
import java.util.Collections;
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
        for (Segment segment : own()) {
            if (segment.tag().equals(tag)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    /** The segments with this tag directly in this group, in message order. */
    public List<Segment> all(String tag) {
        return withTag(own(), tag);
    }

    /** The segments with this tag in this group and all its nested loops, in message order. */
    public List<Segment> deep(String tag) {
        return withTag(segments, tag);
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
            List<Segment> direct = new ArrayList<>();
            for (Segment segment : segments) {
                if (segment.loops().size() == depth) {
                    direct.add(segment);
                }
            }
            own = Collections.unmodifiableList(direct);
        }
        return own;
    }

    // Plain loops rather than streams here and above: translators call these several times per line of every
    // message, and a stream pipeline per call showed in the profile of a large interchange.
    private static List<Segment> withTag(List<Segment> segments, String tag) {
        List<Segment> found = new ArrayList<>(2);
        for (Segment segment : segments) {
            if (segment.tag().equals(tag)) {
                found.add(segment);
            }
        }
        return Collections.unmodifiableList(found);
    }
}
