package io.passerelle.canonical;

import com.fasterxml.jackson.databind.JavaType;
import java.util.List;

/**
 * A realistic instance of one canonical type, with what its JSON must contain (ISO dates and
 * instants, codes) to prove it was written the canonical way.
 *
 * @param type          the canonical type the sample stands for
 * @param javaType      the full type to read it back with (an envelope needs its payload type)
 * @param jsonFragments text the serialised JSON must contain
 */
public record Sample(Class<?> type, Object value, JavaType javaType, List<String> jsonFragments) {

    @Override
    public String toString() {
        return javaType.toCanonical().replace("io.passerelle.canonical.", "").replace("event.", "");
    }
}
