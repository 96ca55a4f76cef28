package io.passerelle.canonical.validation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What "given" means for the either/or rules: a blank code or an empty list counts as absent. */
final class Presence {

    private Presence() {
    }

    static List<String> givenAmong(Object record, List<String> fields) {
        return fields.stream()
                .filter(field -> isGiven(RecordProperties.read(record, field)))
                .toList();
    }

    static boolean isGiven(Object value) {
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }
}
