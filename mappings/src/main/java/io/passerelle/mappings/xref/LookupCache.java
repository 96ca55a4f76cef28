package io.passerelle.mappings.xref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every mapping in memory, one immutable snapshot per domain, swapped whole on reload: readers never
 * lock and never see half a change. Kept consistent across instances by {@link XrefChangeListener}.
 *
 * <p>A lookup that misses may ask the database (the snapshot can be a moment behind a commit). What the
 * database confirmed missing is remembered with the snapshot, so that a code no system has (the WMS item
 * code of every product, say) costs one query per snapshot, not one per record: a reload forgets it all, and
 * codes this instance learns are forgotten as they are added. Such an answer is as current as the snapshot:
 * a mapping committed by another instance is seen once its notification has reloaded the domain.
 */
public final class LookupCache {

    private static final Mapping[] NONE = new Mapping[0];
    /** Bounded: a flood of distinct unknown codes costs queries, never memory. */
    private static final int MAX_CONFIRMED_MISSING = 100_000;

    private final Function<String, List<Mapping>> loader;
    private volatile Map<String, DomainTable> tables = Map.of();

    private final Set<String> dueSoon = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(
            BackgroundThreads.named("xref-cache-reload"));
    private volatile long lastReloadMillis;
    private volatile long lastReloadEnded = System.nanoTime() - 2_000_000_000L;

    /** @param loader reads the current mappings of one domain from the database */
    public LookupCache(Function<String, List<Mapping>> loader) {
        this.loader = loader;
    }

    /** The canonical code a system's code means on the given day, or null. */
    public String canonicalOf(String domain, String system, String externalCode, LocalDate asOf) {
        DomainTable table = tables.get(domain);
        return table == null ? null : table.canonicalOf(system, externalCode, asOf);
    }

    /** The system's code for a canonical code on the given day (the preferred one if several), or null. */
    public String externalOf(String domain, String system, String canonicalCode, LocalDate asOf) {
        DomainTable table = tables.get(domain);
        return table == null ? null : pick(table.reverse(system, canonicalCode), asOf, canonicalCode);
    }

    /** {@link #canonicalOf}, asking {@code database} on a miss unless it already said the code is missing. */
    public String canonicalOf(String domain, String system, String externalCode, LocalDate asOf,
                              Supplier<String> database) {
        String found = canonicalOf(domain, system, externalCode, asOf);
        return found != null ? found : confirm(domain, Direction.FORWARD, system, externalCode, asOf, database);
    }

    /** {@link #externalOf}, asking {@code database} on a miss unless it already said the code is missing. */
    public String externalOf(String domain, String system, String canonicalCode, LocalDate asOf,
                             Supplier<String> database) {
        String found = externalOf(domain, system, canonicalCode, asOf);
        return found != null ? found : confirm(domain, Direction.REVERSE, system, canonicalCode, asOf, database);
    }

    private enum Direction { FORWARD, REVERSE }

    /**
     * {@link #externalOf} for many codes at once: what the snapshot lacks, and the database has not already
     * said is missing, is asked of {@code database} in one call. Returns the codes found, by canonical code.
     */
    public Map<String, String> externalOfAll(String domain, String system, Collection<String> canonicalCodes,
                                             LocalDate asOf, Function<Collection<String>, Map<String, String>> database) {
        DomainTable table = tables.get(domain);
        Map<String, String> found = new HashMap<>();
        List<String> toAsk = new ArrayList<>();
        for (String code : canonicalCodes) {
            String external = table == null ? null : pick(table.reverse(system, code), asOf, code);
            if (external != null) {
                found.put(code, external);
            } else if (!confirmedMissing(table, DomainTable.missingKey(Direction.REVERSE, system, code), asOf)) {
                toAsk.add(code);
            }
        }
        if (!toAsk.isEmpty()) {
            Map<String, String> answered = database.apply(toAsk);
            found.putAll(answered);
            for (String code : toAsk) {
                if (!answered.containsKey(code)) {
                    rememberMissing(table, DomainTable.missingKey(Direction.REVERSE, system, code), asOf);
                }
            }
        }
        return found;
    }

    private String confirm(String domain, Direction direction, String system, String code, LocalDate asOf,
                           Supplier<String> database) {
        // Remembered in the snapshot read before asking: if a reload swaps it meanwhile, the answer goes with it.
        DomainTable table = tables.get(domain);
        String key = DomainTable.missingKey(direction, system, code);
        if (confirmedMissing(table, key, asOf)) {
            return null;
        }
        String found = database.get();
        if (found == null) {
            rememberMissing(table, key, asOf);
        }
        return found;
    }

    private static boolean confirmedMissing(DomainTable table, String key, LocalDate asOf) {
        return table != null && asOf.equals(table.confirmedMissing().get(key));
    }

    private static void rememberMissing(DomainTable table, String key, LocalDate asOf) {
        if (table != null && table.confirmedMissing().size() < MAX_CONFIRMED_MISSING) {
            table.confirmedMissing().put(key, asOf);
        }
    }

    /**
     * Reloads a domain at once after a quiet spell, else within about 100 ms, once for any number of calls
     * meanwhile: a bulk load that learns thousands of codes costs a few reloads, not one per code. Readers that miss in between fall
     * back on the database, which is already right.
     */
    public void reloadSoon(String domain) {
        // A change is known: until the reload, a miss asks the database again.
        DomainTable current = tables.get(domain);
        if (current != null) {
            current.confirmedMissing().clear();
        }
        if (dueSoon.add(domain)) {
            // A lone change (a steward's) is reloaded at once; in a burst, wait at least twice as long as the
            // last reload took, so reloading never eats the machine.
            boolean quiet = System.nanoTime() - lastReloadEnded > 1_000_000_000L;
            long delay = quiet ? 0 : Math.max(100, 2 * lastReloadMillis);
            reloader.schedule(() -> {
                dueSoon.remove(domain);
                long start = System.nanoTime();
                reload(domain);
                lastReloadEnded = System.nanoTime();
                lastReloadMillis = (lastReloadEnded - start) / 1_000_000;
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    public void reload(String domain) {
        // Read outside the lock: a bulk load adding what it learned does not wait for the database. Mappings
        // committed while this read ran are found by readers in the database until the next reload.
        DomainTable loaded = DomainTable.of(loader.apply(domain));
        synchronized (this) {
            Map<String, DomainTable> next = new HashMap<>(tables);
            next.put(domain, loaded);
            tables = Map.copyOf(next);
        }
    }

    /**
     * Adds mappings this instance has just committed (a bulk load's), without reading the domain again:
     * the next record of the load finds its code at once. What the database had confirmed missing stays
     * known, but for the codes just added.
     */
    public synchronized void learned(String domain, List<Mapping> added) {
        if (added.isEmpty()) {
            return;
        }
        DomainTable current = tables.get(domain);
        DomainTable next = current == null ? DomainTable.of(added) : current.with(added);
        Map<String, DomainTable> tablesNext = new HashMap<>(tables);
        tablesNext.put(domain, next);
        tables = Map.copyOf(tablesNext);
    }

    public synchronized void reloadAll(Iterable<String> domains) {
        Map<String, DomainTable> next = new HashMap<>();
        for (String domain : domains) {
            next.put(domain, DomainTable.of(loader.apply(domain)));
        }
        tables = Map.copyOf(next);
    }

    private static String pick(Mapping[] candidates, LocalDate asOf, String code) {
        String onlyNonPreferred = null;
        int nonPreferred = 0;
        for (Mapping m : candidates) {
            if (!m.validOn(asOf)) {
                continue;
            }
            if (m.preferred()) {
                return m.externalCode();
            }
            // The same mapping may sit in both layers of a snapshot: learned here after a reload had read it.
            if (!m.externalCode().equals(onlyNonPreferred)) {
                onlyNonPreferred = m.externalCode();
                nonPreferred++;
            }
        }
        if (nonPreferred > 1) {
            // Write-time checks prevent this; should an old row slip through, refuse to guess.
            throw new XrefRefusal("the reverse lookup of '" + code + "' is ambiguous on " + asOf
                    + ": " + nonPreferred + " codes and none preferred");
        }
        return onlyNonPreferred;
    }

    /**
     * One domain's snapshot: the mappings as last read ({@code base}), plus those this instance learned since, in
     * {@code recent} layers (newest first) indexed apart, so that adding a batch does not re-index the domain. The
     * recent layers merge like the digits of a binary counter: a new layer at least half the size of the next older
     * one is merged into it, so there are few layers and a learned mapping is re-indexed a few times, not once per
     * batch (which made a 100,000-product load quadratic). All of them merge into the base once they hold a quarter
     * of it. A code's validity periods never overlap, so the forward lookup takes the first layer that answers, and
     * the reverse lookup sees the candidates of all.
     *
     * @param confirmedMissing lookups the database answered with nothing while this snapshot was current, with
     *                         the day they were asked for; shared with the snapshots that only add learned
     *                         mappings to this one, which remove the codes they add
     */
    private record DomainTable(Layer base, List<Layer> recent, Map<String, LocalDate> confirmedMissing) {

        private static final int MIN_RECENT_BEFORE_MERGE = 1_024;

        static String missingKey(Direction direction, String system, String code) {
            return direction + "\u0000" + system + "\u0000" + code;
        }

        static DomainTable of(List<Mapping> mappings) {
            return new DomainTable(Layer.of(mappings), List.of(), new ConcurrentHashMap<>());
        }

        /**
         * This snapshot and mappings just learned. What the database had confirmed missing stays known, but
         * for the codes just added.
         */
        DomainTable with(List<Mapping> added) {
            Layer newest = Layer.of(added);
            int older = 0;
            while (older < recent.size() && 2 * newest.size() >= recent.get(older).size()) {
                newest = Layer.merged(newest, recent.get(older++));
            }
            List<Layer> layers = new ArrayList<>(recent.size() + 1);
            layers.add(newest);
            layers.addAll(recent.subList(older, recent.size()));
            int learned = layers.stream().mapToInt(Layer::size).sum();
            DomainTable next = learned > Math.max(MIN_RECENT_BEFORE_MERGE, base.size() / 4)
                    ? new DomainTable(Layer.merged(base, layers), List.of(), confirmedMissing)
                    : new DomainTable(base, List.copyOf(layers), confirmedMissing);
            for (Mapping mapping : added) {
                next.forget(mapping);
            }
            return next;
        }

        /** No longer missing: the mapping's codes, both ways. */
        void forget(Mapping mapping) {
            confirmedMissing.remove(missingKey(Direction.FORWARD, mapping.system(), mapping.externalCode()));
            confirmedMissing.remove(missingKey(Direction.REVERSE, mapping.system(), mapping.canonicalCode()));
        }

        String canonicalOf(String system, String code, LocalDate asOf) {
            for (Layer layer : recent) {
                String found = layer.canonicalOf(system, code, asOf);
                if (found != null) {
                    return found;
                }
            }
            return base.canonicalOf(system, code, asOf);
        }

        Mapping[] reverse(String system, String code) {
            Mapping[] found = base.reverse(system, code);
            for (Layer layer : recent) {
                Mapping[] more = layer.reverse(system, code);
                if (more.length > 0) {
                    Mapping[] both = Arrays.copyOf(more, more.length + found.length);
                    System.arraycopy(found, 0, both, more.length, found.length);
                    found = both;
                }
            }
            return found;
        }
    }

    /** Mappings indexed for both lookups: by system and code forward, by system and canonical code in reverse. */
    private record Layer(List<Mapping> mappings, Map<String, ForwardIndex> forward,
                         Map<String, Map<String, Mapping[]>> reverse) {

        static Layer of(List<Mapping> mappings) {
            Map<String, ForwardIndex> forward = new HashMap<>();
            mappings.stream().collect(Collectors.groupingBy(Mapping::system, Collectors.groupingBy(Mapping::externalCode)))
                    .forEach((system, byCode) -> forward.put(system, new ForwardIndex(byCode)));
            Map<String, Map<String, Mapping[]>> reverse = mappings.stream().collect(Collectors.groupingBy(
                    Mapping::system, HashMap::new, Collectors.collectingAndThen(Collectors.groupingBy(
                            Mapping::canonicalCode, HashMap::new,
                            Collectors.collectingAndThen(Collectors.toList(), list -> list.toArray(NONE))),
                            HashMap::new)));
            return new Layer(List.copyOf(mappings), forward, reverse);
        }

        static Layer merged(Layer newer, Layer older) {
            return merged(older, List.of(newer));
        }

        static Layer merged(Layer base, List<Layer> layers) {
            List<Mapping> all = new ArrayList<>(base.mappings());
            layers.forEach(layer -> all.addAll(layer.mappings()));
            return of(all);
        }

        int size() {
            return mappings.size();
        }

        String canonicalOf(String system, String code, LocalDate asOf) {
            ForwardIndex index = forward.get(system);
            return index == null ? null : index.canonicalOf(code, asOf);
        }

        Mapping[] reverse(String system, String code) {
            Map<String, Mapping[]> bySystem = reverse.get(system);
            if (bySystem == null) {
                return NONE;
            }
            Mapping[] found = bySystem.get(code);
            return found == null ? NONE : found;
        }
    }
}
