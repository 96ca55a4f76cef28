package io.passerelle.mappings.edi.read;

import java.util.List;

/**
 * One segment of a received message, its data as StAEDI delivered it (release characters already
 * removed), with its place in the message and in the schema's loops.
 *
 * <p>Positions are 1-based as in the standards: element 1 is the first after the tag, component 1 the
 * first of a composite. A simple element is read as its component 1, so that an element a partner sent
 * as a composite by mistake still reads the same.
 */
public final class Segment {

    /**
     * @param repetition 1 for the first occurrence of a repeating element
     * @param component  0 for a simple element, 1.. inside a composite
     */
    public record Value(int element, int repetition, int component, String text) {
    }

    private final String tag;
    private final int position;
    private final List<LoopInstance> loops;
    private final List<Value> values;

    /**
     * @param position counted from the message header (UNH or ST = 1); for envelope segments, from the
     *                 start of the interchange
     * @param loops    the loops the segment is in, outermost first
     */
    public Segment(String tag, int position, List<LoopInstance> loops, List<Value> values) {
        this.tag = tag;
        this.position = position;
        this.loops = List.copyOf(loops);
        this.values = List.copyOf(values);
    }

    public String tag() {
        return tag;
    }

    public int position() {
        return position;
    }

    public List<LoopInstance> loops() {
        return loops;
    }

    public List<Value> values() {
        return values;
    }

    /** The element's value (its first component if sent as a composite), or "" when absent. */
    public String element(int element) {
        return component(element, 1);
    }

    /** The component's value (component 1 also reads a simple element), or "" when absent. */
    public String component(int element, int component) {
        for (Value value : values) {
            if (value.element() == element && value.repetition() <= 1
                    && (value.component() == component || (component == 1 && value.component() == 0))) {
                return value.text();
            }
        }
        return "";
    }

    public boolean has(int element) {
        return !element(element).isEmpty();
    }

    /** The number of the last element present: how many elements the segment carries. */
    public int elementCount() {
        return values.stream().mapToInt(Value::element).max().orElse(0);
    }

    /** For example {@code NAD at 5}. */
    @Override
    public String toString() {
        return tag + " at " + position;
    }
}
