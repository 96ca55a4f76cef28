package io.passerelle.mappings.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One system's codes of one domain, laid out flat for the forward lookup every message makes: an
 * open-addressing table whose slot keeps the hash and the validity (epoch days) side by side, and the
 * key next to its answer, so a lookup touches few cache lines. A code with several periods keeps its
 * mappings in a small array, searched by date.
 */
final class ForwardIndex {

    private static final int STRIDE = 3; // hash, validFrom, validTo (epoch days)
    private static final int OPEN_START = Integer.MIN_VALUE;
    private static final int OPEN_END = Integer.MAX_VALUE;

    private final int mask;
    private final int[] slots;
    private final Object[] entries; // key, then the canonical code (String) or the periods (Mapping[])

    ForwardIndex(Map<String, List<Mapping>> byCode) {
        int capacity = Integer.highestOneBit(Math.max(4, byCode.size() * 2) - 1) << 1;
        mask = capacity - 1;
        slots = new int[capacity * STRIDE];
        entries = new Object[capacity * 2];
        byCode.forEach((code, mappings) -> {
            int slot = free(code);
            slots[slot * STRIDE] = hash(code);
            entries[slot * 2] = code;
            if (mappings.size() == 1) {
                Mapping only = mappings.get(0);
                slots[slot * STRIDE + 1] = only.validFrom() == null ? OPEN_START : (int) only.validFrom().toEpochDay();
                slots[slot * STRIDE + 2] = only.validTo() == null ? OPEN_END : (int) only.validTo().toEpochDay();
                entries[slot * 2 + 1] = only.canonicalCode();
            } else {
                entries[slot * 2 + 1] = mappings.toArray(new Mapping[0]);
            }
        });
    }

    String canonicalOf(String code, LocalDate asOf) {
        int h = hash(code);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            Object key = entries[slot * 2];
            if (key == null) {
                return null;
            }
            if (slots[slot * STRIDE] == h && key.equals(code)) {
                Object value = entries[slot * 2 + 1];
                if (value instanceof String canonical) {
                    long day = asOf.toEpochDay();
                    return day >= slots[slot * STRIDE + 1] && day < slots[slot * STRIDE + 2] ? canonical : null;
                }
                for (Mapping period : (Mapping[]) value) {
                    if (period.validOn(asOf)) {
                        return period.canonicalCode();
                    }
                }
                return null;
            }
        }
    }

    private int free(String code) {
        int slot = hash(code) & mask;
        while (entries[slot * 2] != null) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(String code) {
        int h = code.hashCode();
        return h ^ (h >>> 16);
    }
}
