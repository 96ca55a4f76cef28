package io.passerelle.mappings.xref;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversion-table engine's write side: canonical entries and mappings, each change checked
 * before it is written, audited, announced to every hub instance, and followed by the replay of the
 * messages that waited for it.
 */
public class ConversionTables {

    private final XrefDomains domains;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MappingStore mappings;
    private final CanonicalStore canonicals;
    private final LookupCache cache;
    private final PlannerStatistics statistics;
    private static final PlannerStatistics.Table MAPPINGS = PlannerStatistics.Table.of("xref_mapping");
    private static final PlannerStatistics.Table CANONICALS = PlannerStatistics.Table.of("xref_canonical");
    private static final PlannerStatistics.Table NATURAL_KEYS = PlannerStatistics.Table.of("xref_natural_key");
    private final List<Consumer<Mapping>> whenMapped = new CopyOnWriteArrayList<>();
    /** Signs this instance's change notifications: its own cache is refreshed on commit, not by its echo. */
    private final String instance = java.util.UUID.randomUUID().toString();

    public ConversionTables(XrefDomains domains, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.domains = domains;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.mappings = new MappingStore(jdbc);
        this.canonicals = new CanonicalStore(jdbc);
        this.cache = new LookupCache(mappings::allOf);
        this.statistics = new PlannerStatistics(jdbc);
        transactions.executeWithoutResult(status -> domains.all().forEach(canonicals::declare));
        reloadAll();
    }

    public XrefDomains domains() {
        return domains;
    }

    public LookupCache cache() {
        return cache;
    }

    /** Shared with the hub's other fast-growing tables (messages, outbox). */
    public PlannerStatistics plannerStatistics() {
        return statistics;
    }

    public void reloadAll() {
        cache.reloadAll(domains.all().stream().map(XrefDomain::name).toList());
    }

    /** Called after a mapping is committed, e.g. to replay the messages parked for its code. */
    public void whenMapped(Consumer<Mapping> listener) {
        whenMapped.add(listener);
    }

    // ---- canonical entries ---------------------------------------------------------------------

    /** Creates a canonical entry; a null code is generated (value domains use their ISO natural key). */
    public CanonicalEntry createCanonical(String domainName, String code, String label, Map<String, String> naturalKeys,
                                          ChangeAuthor author) {
        XrefDomain domain = domains.require(domainName);
        return transactions.execute(status -> {
            mappings.lockDomain(domain.name());
            return insertCanonical(domain, code, label, naturalKeys, author);
        });
    }

    CanonicalEntry insertCanonical(XrefDomain domain, String code, String label, Map<String, String> naturalKeys,
                                   ChangeAuthor author) {
        Map<String, String> keys = naturalKeys == null ? Map.of() : naturalKeys;
        List<String> reasons = new ArrayList<>();
        keys.forEach((type, value) -> {
            if (!domain.naturalKeyTypes().contains(type)) {
                reasons.add("domain " + domain.name() + " has no natural key '" + type + "' (it has "
                        + domain.naturalKeyTypes() + ")");
            }
            canonicals.byNaturalKey(domain.name(), type, value).ifPresent(existing -> reasons.add(
                    domain.name() + " " + type + " " + value + " already belongs to canonical '" + existing + "'"));
        });
        String chosen = code != null ? code : generatedCode(domain, keys);
        if (canonicals.exists(domain.name(), chosen)) {
            reasons.add("canonical " + domain.name() + " '" + chosen + "' already exists");
        }
        if (!reasons.isEmpty()) {
            throw new XrefRefusal(reasons);
        }
        CanonicalEntry entry = new CanonicalEntry(domain.name(), chosen, label, keys);
        canonicals.insert(entry, author.actor());
        linkWaitingCodes(domain, entry);
        return entry;
    }

    /**
     * Codes already waiting in the inbox with one of the new entry's natural keys (seen before the system
     * of record published the record) are linked now, and their parked messages replayed after commit.
     */
    private void linkWaitingCodes(XrefDomain domain, CanonicalEntry entry) {
        List<Mapping> linked = new ArrayList<>();
        entry.naturalKeys().forEach((type, value) -> {
            List<Map<String, Object>> waiting = jdbc.queryForList("SELECT system, external_code FROM xref_unmapped"
                    + " WHERE domain = ? AND status = 'OPEN' AND natural_keys ->> ? = ?", domain.name(), type, value);
            for (Map<String, Object> code : waiting) {
                String system = (String) code.get("system");
                String externalCode = (String) code.get("external_code");
                boolean alreadyMapped = mappings.forKey(domain.name(), system, externalCode).stream()
                        .anyMatch(m -> m.validOn(LocalDate.now()));
                if (!alreadyMapped && linked.stream().noneMatch(m -> m.system().equals(system)
                        && m.externalCode().equals(externalCode))) {
                    Mapping mapping = new Mapping(null, domain.name(), system, externalCode, entry.code(),
                            preferredFree(domain.name(), system, entry.code()), null, null);
                    linked.add(insertChecked(mapping, ChangeAuthor.rule("linked by " + type + " " + value
                            + " when the canonical entry was created")));
                }
            }
        });
    }

    private String generatedCode(XrefDomain domain, Map<String, String> keys) {
        if (domain.valueDomain() && !domain.naturalKeyTypes().isEmpty()
                && keys.containsKey(domain.naturalKeyTypes().get(0))) {
            return keys.get(domain.naturalKeyTypes().get(0));
        }
        return canonicals.nextGeneratedCode(domain);
    }

    /**
     * The canonical code of a system's code on a day, or empty: the cache first, then the table itself (the cache
     * may not have caught up with a mapping made a moment ago). No policy applies.
     */
    public Optional<String> canonicalCode(String domain, String system, String externalCode, LocalDate day) {
        return Optional.ofNullable(cache().canonicalOf(domain, system, externalCode, day,
                () -> canonicalInDatabase(domain, system, externalCode, day)));
    }

    /**
     * A system's preferred code for a canonical code on a day, or empty: the cache first, then the table
     * itself (the cache may not have caught up with a mapping learned a moment ago). No policy applies.
     */
    public Optional<String> externalCode(String domain, String system, String canonicalCode, LocalDate day) {
        return Optional.ofNullable(cache().externalOf(domain, system, canonicalCode, day,
                () -> externalInDatabase(domain, system, canonicalCode, day)));
    }

    /** {@link #externalCode} for many canonical codes: the cache first, then one query for all it lacks. */
    public Map<String, String> externalCodes(String domain, String system, Collection<String> canonicalCodes,
                                             LocalDate day) {
        return cache().externalOfAll(domain, system, canonicalCodes, day, asked -> {
            Map<String, List<Mapping>> byCanonical = mappings.forCanonicals(domain, system, asked).stream()
                    .collect(Collectors.groupingBy(Mapping::canonicalCode));
            Map<String, String> found = new HashMap<>();
            byCanonical.forEach((canonical, candidates) -> {
                String external = externalOn(candidates, day);
                if (external != null) {
                    found.put(canonical, external);
                }
            });
            return found;
        });
    }

    /** A canonical entry's label (a plant's or a customer's name), for what people read. */
    public Optional<String> canonicalLabel(String domain, String code) {
        return canonicals().find(domain, code).map(CanonicalEntry::label).filter(label -> !label.isBlank());
    }

    /** The canonical code that owns a natural key (a customer by its GLN, a product by its GTIN). */
    public Optional<String> canonicalByNaturalKey(String domain, String keyType, String keyValue) {
        return canonicals().byNaturalKey(domain, keyType, keyValue);
    }

    public List<CanonicalEntry> searchCanonical(String domain, String text, int limit) {
        return canonicals.search(domains.require(domain).name(), text, null, limit);
    }

    // ---- mappings ------------------------------------------------------------------------------

    public Mapping create(Mapping mapping, ChangeAuthor author) {
        return applyAll(mapping.domain(), List.of(mapping), author).get(0);
    }

    public Mapping update(long id, Mapping changed, ChangeAuthor author) {
        Written written = transactions.execute(status -> {
            Mapping before = mappings.find(id).orElseThrow(() -> new XrefNotFound("no mapping #" + id));
            mappings.lockDomain(before.domain());
            Mapping after = new Mapping(id, before.domain(), changed.system(), changed.externalCode(),
                    changed.canonicalCode(), changed.preferred(), changed.validFrom(), changed.validTo());
            check(before.domain(), List.of(after));
            mappings.update(before, after, author, "UPDATE");
            notifyChange(before.domain());
            return new Written(List.of(after), onMapped(after) ? List.of(after) : List.of());
        });
        Mapping updated = written.stored().get(0);
        afterCommit(written.waited(), () -> cache.reload(updated.domain()));
        return updated;
    }

    /** What a write stored, and which of those codes were waiting in the inbox (messages may be parked). */
    private record Written(List<Mapping> stored, List<Mapping> waited) {
    }

    /** Ends a mapping's validity on the given day (exclusive); the row stays for history and as-of lookups. */
    public Mapping retire(long id, LocalDate endingOn, ChangeAuthor author) {
        LocalDate end = endingOn == null ? LocalDate.now() : endingOn;
        Mapping result = transactions.execute(status -> {
            Mapping before = mappings.find(id).orElseThrow(() -> new XrefNotFound("no mapping #" + id));
            mappings.lockDomain(before.domain());
            if (before.validFrom() != null && !before.validFrom().isBefore(end)) {
                throw new XrefRefusal("mapping #" + id + " starts on " + before.validFrom()
                        + ": it cannot be retired on " + end + " (delete it through a restore instead)");
            }
            Mapping after = new Mapping(id, before.domain(), before.system(), before.externalCode(),
                    before.canonicalCode(), before.preferred(), before.validFrom(), end);
            check(before.domain(), List.of(after));
            mappings.update(before, after, author, "RETIRE");
            notifyChange(before.domain());
            return after;
        });
        afterCommit(List.of(), () -> cache.reload(result.domain()));
        return result;
    }

    /**
     * Writes several mappings as one change: all checked together against the table, all applied or
     * none. A mapping with an id updates that row; without one it is new.
     */
    public List<Mapping> applyAll(String domainName, Collection<Mapping> changes, ChangeAuthor author) {
        XrefDomain domain = domains.require(domainName);
        Written written = transactions.execute(status -> {
            mappings.lockDomain(domain.name());
            check(domain.name(), changes);
            List<Mapping> stored = new ArrayList<>();
            for (Mapping change : changes) {
                if (change.id() == null) {
                    stored.add(mappings.insert(change, author, "CREATE"));
                } else {
                    Mapping before = mappings.find(change.id())
                            .orElseThrow(() -> new XrefNotFound("no mapping #" + change.id()));
                    mappings.update(before, change, author, "UPDATE");
                    stored.add(change);
                }
            }
            List<Mapping> waited = stored.stream().filter(this::onMapped).toList();
            notifyChange(domain.name());
            return new Written(stored, waited);
        });
        afterCommit(written.waited(), () -> cache.reload(domain.name()));
        return written.stored();
    }

    /**
     * Codes a system assigned to canonical records (the ids a CRM gives the records it creates), recorded in
     * one change for a whole batch of deliveries: what is already mapped stays, the first code of a record is
     * its preferred one. Unlike {@link #applyAll}, it does not read the whole domain back.
     */
    public void recordAssignedCodes(String domainName, String system, Map<String, String> canonicalByCode,
                                    ChangeAuthor author) {
        new BulkLearning(this).recordAssigned(domains.require(domainName), system, canonicalByCode, author);
    }

    /**
     * The write-time checks of a whole change set, reason by reason for each of its mappings, so that an
     * import can name the line at fault. Nothing is written.
     */
    Map<Mapping, List<String>> violationsPerChange(String domain, List<Mapping> changeSet) {
        Map<Long, Mapping> state = new HashMap<>();
        mappings.allOf(domain).forEach(m -> state.put(m.id(), m));
        long provisional = -1;
        Map<Mapping, Mapping> placed = new java.util.IdentityHashMap<>();
        for (Mapping change : changeSet) {
            Mapping p = change.id() == null ? change.withId(provisional--) : change;
            state.put(p.id(), p);
            placed.put(change, p);
        }
        List<Mapping> candidate = inWritingOrder(state.values());
        Map<String, Boolean> canonicalExists = new HashMap<>();
        Map<Mapping, List<String>> result = new java.util.IdentityHashMap<>();
        for (Mapping change : changeSet) {
            List<String> reasons = new ArrayList<>();
            if (!canonicalExists.computeIfAbsent(change.canonicalCode(), code -> canonicals.exists(domain, code))) {
                reasons.add("canonical " + domain + " '" + change.canonicalCode() + "' does not exist");
            }
            reasons.addAll(MappingRules.violations(candidate, List.of(placed.get(change))));
            if (!reasons.isEmpty()) {
                result.put(change, reasons);
            }
        }
        return result;
    }

    /** Canonical-code existence plus {@link MappingRules} on the state the changes would produce. */
    private void check(String domain, Collection<Mapping> changes) {
        List<String> reasons = new ArrayList<>();
        for (Mapping change : changes) {
            if (!domain.equals(change.domain())) {
                reasons.add("mapping " + change.describe() + " is not in domain " + domain);
            }
            if (blank(change.system()) || blank(change.externalCode()) || blank(change.canonicalCode())) {
                reasons.add("system, external code and canonical code are all required");
                continue;
            }
            if (change.validFrom() != null && change.validTo() != null && !change.validFrom().isBefore(change.validTo())) {
                reasons.add("mapping " + change.describe() + ": valid_to " + change.validTo()
                        + " must be after valid_from " + change.validFrom());
            }
            if (!canonicals.exists(domain, change.canonicalCode())) {
                reasons.add("canonical " + domain + " '" + change.canonicalCode() + "' does not exist (create it"
                        + " first, or map to an existing code)");
            }
        }
        if (reasons.isEmpty()) {
            Map<Long, Mapping> state = new HashMap<>();
            neighbours(domain, changes).forEach(m -> state.put(m.id(), m));
            long provisional = -1;
            List<Mapping> changed = new ArrayList<>();
            for (Mapping change : changes) {
                Mapping placed = change.id() == null ? change.withId(provisional--) : change;
                state.put(placed.id(), placed);
                changed.add(placed);
            }
            reasons.addAll(MappingRules.violations(inWritingOrder(state.values()), changed));
        }
        if (!reasons.isEmpty()) {
            throw new XrefRefusal(reasons);
        }
    }

    /**
     * The rows the rules compare a change with: those of the same external code or canonical code. A
     * handful of changes reads just those (a bulk load learns one code per message: reading the whole
     * table each time would make it quadratic); a large import reads the table once.
     */
    private List<Mapping> neighbours(String domain, Collection<Mapping> changes) {
        if (changes.size() > 50) {
            return mappings.allOf(domain);
        }
        Map<Long, Mapping> rows = new HashMap<>();
        for (Mapping change : changes) {
            mappings.forKey(domain, change.system(), change.externalCode()).forEach(m -> rows.put(m.id(), m));
            mappings.forCanonical(domain, change.system(), change.canonicalCode()).forEach(m -> rows.put(m.id(), m));
            if (change.id() != null) {
                mappings.find(change.id()).ifPresent(before -> {
                    mappings.forKey(domain, before.system(), before.externalCode()).forEach(m -> rows.put(m.id(), m));
                    mappings.forCanonical(domain, before.system(), before.canonicalCode()).forEach(m -> rows.put(m.id(), m));
                });
            }
        }
        return List.copyOf(rows.values());
    }

    /** Existing rows by id, then the new ones (negative provisional ids) in the order given: stable messages. */
    private static List<Mapping> inWritingOrder(Collection<Mapping> state) {
        return state.stream()
                .sorted(java.util.Comparator.comparingLong(m -> m.id() >= 0 ? m.id() : Long.MAX_VALUE / 2 - m.id()))
                .toList();
    }

    /** Closes the code's inbox entry; true if it had one (then messages may be parked for it). */
    private boolean onMapped(Mapping mapping) {
        return 0 < jdbc.update("UPDATE xref_unmapped SET status = 'RESOLVED', resolved_at = now(), resolved_to = ?"
                        + " WHERE domain = ? AND system = ? AND external_code = ? AND status = 'OPEN'",
                mapping.canonicalCode(), mapping.domain(), mapping.system(), mapping.externalCode());
    }

    private void notifyChange(String domain) {
        jdbc.queryForList("SELECT pg_notify(?, ?)", XrefChangeListener.CHANNEL, domain + SIGNATURE + instance);
    }

    private static final char SIGNATURE = '@';

    /** The signature of this instance's change notifications. */
    String instance() {
        return instance;
    }

    /**
     * A change notification from {@link XrefChangeListener}: another instance's change reloads the domain;
     * this instance's own is ignored, its cache having been refreshed when it committed (during a bulk load,
     * reloading the whole domain on every echo cost more than the load). A payload without a signature (sent
     * by hand, or by an older hub) reloads.
     */
    public void changeAnnounced(String payload) {
        int at = payload.lastIndexOf(SIGNATURE);
        if (at < 0) {
            cache.reloadSoon(payload);
        } else if (!payload.substring(at + 1).equals(instance)) {
            cache.reloadSoon(payload.substring(0, at));
        }
    }

    /**
     * After commit: refresh this instance's cache (at once for a steward's change, shortly for codes learned
     * one by one, by adding them for a bulk load's) and tell the listeners about codes that were waiting.
     */
    private void afterCommit(List<Mapping> waited, Runnable refreshCache) {
        Runnable publish = () -> {
            refreshCache.run();
            for (Mapping mapping : waited) {
                whenMapped.forEach(listener -> listener.accept(mapping));
            }
        };
        // Nested in a caller's transaction (a replayed message learning a code): wait for its commit.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish.run();
                }
            });
        } else {
            publish.run();
        }
    }

    /** True if no mapping of that system to that canonical code is preferred from today on. */
    boolean preferredFree(String domain, String system, String canonicalCode) {
        LocalDate today = LocalDate.now();
        return mappings.forCanonical(domain, system, canonicalCode).stream()
                .noneMatch(m -> m.preferred() && (m.validTo() == null || m.validTo().isAfter(today)));
    }

    /** The forward lookup straight from the table. */
    private String canonicalInDatabase(String domain, String system, String externalCode, LocalDate day) {
        return mappings.forKey(domain, system, externalCode).stream().filter(m -> m.validOn(day))
                .map(Mapping::canonicalCode).findFirst().orElse(null);
    }

    /** The reverse lookup straight from the table: the preferred valid code, else the only valid one. */
    private String externalInDatabase(String domain, String system, String canonicalCode, LocalDate day) {
        return externalOn(mappings.forCanonical(domain, system, canonicalCode), day);
    }

    /** Of one canonical code's mappings, the preferred valid code on the day, else the only valid one. */
    private static String externalOn(List<Mapping> candidates, LocalDate day) {
        List<Mapping> valid = candidates.stream().filter(m -> m.validOn(day)).toList();
        return valid.stream().filter(Mapping::preferred).findFirst()
                .or(() -> valid.size() == 1 ? java.util.Optional.of(valid.get(0)) : java.util.Optional.empty())
                .map(Mapping::externalCode).orElse(null);
    }

    List<Mapping> mappingsForKey(String domain, String system, String externalCode) {
        return mappings.forKey(domain, system, externalCode);
    }

    // ---- reading and history -------------------------------------------------------------------

    public List<Mapping> search(String domain, String system, String text, int limit) {
        return mappings.search(domains.require(domain).name(), system, text, limit);
    }

    public Mapping find(long id) {
        return mappings.find(id).orElseThrow(() -> new XrefNotFound("no mapping #" + id));
    }

    public List<Mapping> allOf(String domain) {
        return mappings.allOf(domains.require(domain).name());
    }

    public List<AuditEntry> history(long mappingId) {
        return mappings.history(mappingId);
    }

    /**
     * Puts a domain's table back as it was at the given time: mappings created since are deleted,
     * changed ones get their old values back, deleted ones return under their id. Audited as RESTORE.
     */
    public RestoreReport restore(String domainName, Instant at, ChangeAuthor author) {
        XrefDomain domain = domains.require(domainName);
        ChangeAuthor restorer = new ChangeAuthor(author.actor(), ChangeSource.RESTORE,
                "restore to " + at + ": " + author.reason());
        RestoreReport report = transactions.execute(status -> {
            mappings.lockDomain(domain.name());
            Map<Long, Mapping> then = mappings.stateAt(domain.name(), at).stream()
                    .collect(Collectors.toMap(Mapping::id, m -> m));
            Map<Long, Mapping> now = mappings.allOf(domain.name()).stream()
                    .collect(Collectors.toMap(Mapping::id, m -> m));
            int deleted = 0;
            int changed = 0;
            int recreated = 0;
            for (Mapping current : now.values()) {
                Mapping past = then.get(current.id());
                if (past == null) {
                    mappings.delete(current, restorer);
                    deleted++;
                } else if (!past.equals(current)) {
                    mappings.update(current, past, restorer, "RESTORE");
                    changed++;
                }
            }
            for (Mapping past : then.values()) {
                if (!now.containsKey(past.id())) {
                    mappings.reinsert(past, restorer);
                    recreated++;
                }
            }
            notifyChange(domain.name());
            return new RestoreReport(domain.name(), at, deleted, changed, recreated);
        });
        afterCommit(List.of(), () -> cache.reload(domain.name()));
        return report;
    }

    public record RestoreReport(String domain, Instant restoredTo, int deleted, int changed, int recreated) {
    }

    // ---- used by learning ----------------------------------------------------------------------

    CanonicalStore canonicals() {
        return canonicals;
    }

    TransactionTemplate transactions() {
        return transactions;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Inside a transaction that already holds the domain lock: create a mapping, audited. */
    Mapping insertChecked(Mapping mapping, ChangeAuthor author) {
        check(mapping.domain(), List.of(mapping));
        Mapping stored = mappings.insert(mapping, author, "CREATE");
        boolean waited = onMapped(stored);
        notifyChange(mapping.domain());
        afterCommit(waited ? List.of(stored) : List.of(), () -> cache.reloadSoon(mapping.domain()));
        return stored;
    }

    /**
     * Inside a transaction that holds the domain lock: the canonical entries and mappings a bulk load learns,
     * in a few statements for the whole batch, every mapping audited with its author. Codes that were waiting
     * in the inbox are resolved; after commit the mappings are in this instance's cache at once and the
     * messages parked for them are replayed.
     */
    List<Mapping> insertLearned(XrefDomain domain, List<CanonicalEntry> entries, String creator, List<Mapping> learned,
                                List<ChangeAuthor> authors) {
        canonicals.insertAll(entries, creator);
        java.util.Set<String> waiting = keysWaitedFor(domain, entries);
        for (CanonicalEntry entry : entries) {
            if (entry.naturalKeys().entrySet().stream().anyMatch(k -> waiting.contains(k.getKey() + " " + k.getValue()))) {
                linkWaitingCodes(domain, entry);
            }
        }
        List<Mapping> stored = mappings.insertAll(domain.name(), learned, authors);
        List<Mapping> waited = stored.isEmpty() ? List.of() : resolvedInInbox(domain.name(), stored);
        notifyChange(domain.name());
        statistics.wrote(MAPPINGS, stored.size());
        statistics.wrote(CANONICALS, entries.size());
        statistics.wrote(NATURAL_KEYS, entries.stream().mapToInt(e -> e.naturalKeys().size()).sum());
        afterCommit(waited, () -> cache.learned(domain.name(), stored));
        return stored;
    }

    /**
     * The natural keys ("gtin 4012345000017") of these entries that open inbox codes carry, one query per key
     * type: codes seen before their system of record published them are rare, so only those entries are linked.
     */
    private java.util.Set<String> keysWaitedFor(XrefDomain domain, List<CanonicalEntry> entries) {
        java.util.Set<String> waiting = new java.util.HashSet<>();
        for (String type : domain.naturalKeyTypes()) {
            String[] values = entries.stream().map(e -> e.naturalKeys().get(type)).filter(v -> v != null)
                    .toArray(String[]::new);
            if (values.length > 0) {
                jdbc.queryForList("SELECT DISTINCT natural_keys ->> ? FROM xref_unmapped WHERE domain = ?"
                        + " AND status = 'OPEN' AND natural_keys ->> ? = ANY(?)", String.class, type, domain.name(),
                        type, values).forEach(value -> waiting.add(type + " " + value));
            }
        }
        return waiting;
    }

    /** The inbox codes these mappings resolve, in one statement; returns the mappings that were waited for. */
    private List<Mapping> resolvedInInbox(String domain, List<Mapping> stored) {
        java.util.Set<String> resolved = new java.util.HashSet<>(jdbc.queryForList(
                "UPDATE xref_unmapped u SET status = 'RESOLVED', resolved_at = now(), resolved_to = m.canonical"
                        + " FROM unnest(?::text[], ?::text[], ?::text[]) AS m(system, code, canonical)"
                        + " WHERE u.domain = ? AND u.system = m.system AND u.external_code = m.code AND u.status = 'OPEN'"
                        + " RETURNING u.system || ' ' || u.external_code", String.class,
                stored.stream().map(Mapping::system).toArray(String[]::new),
                stored.stream().map(Mapping::externalCode).toArray(String[]::new),
                stored.stream().map(Mapping::canonicalCode).toArray(String[]::new), domain));
        return stored.stream().filter(m -> resolved.contains(m.system() + " " + m.externalCode())).toList();
    }

    MappingStore mappingStore() {
        return mappings;
    }

    void lockDomain(String domain) {
        mappings.lockDomain(domain);
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
