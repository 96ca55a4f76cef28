package io.passerelle.hub.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A lookup that remembers what it found for a short while (not what it did not find: a record that
 * arrives is seen at once). A burst of events names the
 * same customers and products over and over; the record of each is read once per interval, not once per
 * notice. Answers may be that much behind a change: fine for what is read through it (names in alert texts,
 * a customer's segment, a product's GTIN).
 */
final class ExpiringLookup<K, V> {

    private record Answer<V>(V value, long until) {
    }

    private static final int MAX_ENTRIES = 100_000;

    private final Function<K, V> lookup;
    private final long ttlNanos;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

    ExpiringLookup(Function<K, V> lookup, Duration ttl) {
        this.lookup = lookup;
        this.ttlNanos = ttl.toNanos();
    }

    V get(K key) {
        long now = System.nanoTime();
        Answer<V> answer = answers.get(key);
        if (answer != null && now - answer.until() < 0) {
            return answer.value();
        }
        V value = lookup.apply(key);
        remember(key, value, now);
        return value;
    }

    /**
     * The answers for many keys, those not remembered read by {@code bulk} in one go. {@code bulk} answers the
     * keys it found; the others are absent from the result, and not remembered.
     */
    Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> bulk) {
        long now = System.nanoTime();
        Map<K, V> found = new HashMap<>();
        Set<K> unknown = new LinkedHashSet<>();
        for (K key : keys) {
            Answer<V> answer = answers.get(key);
            if (answer != null && now - answer.until() < 0) {
                found.put(key, answer.value());
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            bulk.apply(unknown).forEach((key, value) -> {
                found.put(key, value);
                remember(key, value, now);
            });
        }
        return found;
    }

    private void remember(K key, V value, long now) {
        if (value == null || value instanceof Optional<?> optional && optional.isEmpty()) {
            return;
        }
        if (answers.size() >= MAX_ENTRIES) {
            // Bounded: a flood of distinct keys costs lookups, never memory.
            answers.clear();
        }
        answers.put(key, new Answer<>(value, now + ttlNanos));
    }
}
