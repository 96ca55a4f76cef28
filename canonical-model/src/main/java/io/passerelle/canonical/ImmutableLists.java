package io.passerelle.canonical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for the records' list components. Unlike {@link List#copyOf}, a null element is
 * kept, so that validation can report it as {@code lines[2]: must not be null} instead of the
 * constructor failing with a bare NullPointerException. A missing list becomes an empty one.
 */
final class ImmutableLists {

    private ImmutableLists() {
    }

    static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
