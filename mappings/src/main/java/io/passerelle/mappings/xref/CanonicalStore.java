package io.passerelle.mappings.xref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL for canonical entries and their natural keys. */
class CanonicalStore {

    private final JdbcTemplate jdbc;

    CanonicalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void declare(XrefDomain domain) {
        jdbc.update("INSERT INTO xref_domain (name, value_domain, natural_key_types, system_of_record)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET value_domain = EXCLUDED.value_domain,"
                        + " natural_key_types = EXCLUDED.natural_key_types, system_of_record = EXCLUDED.system_of_record",
                domain.name(), domain.valueDomain(), domain.naturalKeyTypes().toArray(String[]::new),
                domain.systemOfRecord());
    }

    boolean exists(String domain, String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM xref_canonical WHERE domain = ? AND code = ?)", Boolean.class, domain, code));
    }

    void insert(CanonicalEntry entry, String actor) {
        jdbc.update("INSERT INTO xref_canonical (domain, code, label, created_by) VALUES (?, ?, ?, ?)",
                entry.domain(), entry.code(), entry.label(), actor);
        entry.naturalKeys().forEach((type, value) -> jdbc.update(
                "INSERT INTO xref_natural_key (domain, key_type, key_value, canonical_code) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", entry.domain(), type, value, entry.code()));
    }

    /** New entries in two statements (entries, then natural keys): what a bulk load creates. */
    void insertAll(List<CanonicalEntry> entries, String actor) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO xref_canonical (domain, code, label, created_by) VALUES (?, ?, ?, ?)",
                entries.stream().map(e -> new Object[] {e.domain(), e.code(), e.label(), actor}).toList());
        jdbc.batchUpdate("INSERT INTO xref_natural_key (domain, key_type, key_value, canonical_code) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", entries.stream().flatMap(e -> e.naturalKeys().entrySet().stream()
                .map(k -> new Object[] {e.domain(), k.getKey(), k.getValue(), e.code()})).toList());
    }

    /** As many generated codes as asked, in one statement. */
    List<String> nextGeneratedCodes(XrefDomain domain, int count) {
        return jdbc.queryForList("SELECT nextval('xref_canonical_number') FROM generate_series(1, ?)", Long.class, count)
                .stream().map(number -> String.format("%s-%06d", domain.codePrefix(), number)).toList();
    }

    /** The owners of these values of one natural key, value → canonical code, in one query. */
    Map<String, String> byNaturalKeys(String domain, String keyType, java.util.Collection<String> values) {
        Map<String, String> owners = new HashMap<>();
        jdbc.query("SELECT key_value, canonical_code FROM xref_natural_key WHERE domain = ? AND key_type = ?"
                        + " AND key_value = ANY(?)", rs -> {
                    owners.put(rs.getString(1), rs.getString(2));
                }, domain, keyType, values.toArray(String[]::new));
        return owners;
    }

    String nextGeneratedCode(XrefDomain domain) {
        Long number = jdbc.queryForObject("SELECT nextval('xref_canonical_number')", Long.class);
        return String.format("%s-%06d", domain.codePrefix(), number);
    }

    Optional<String> byNaturalKey(String domain, String keyType, String keyValue) {
        return jdbc.queryForList("SELECT canonical_code FROM xref_natural_key WHERE domain = ? AND key_type = ?"
                + " AND key_value = ?", String.class, domain, keyType, keyValue).stream().findFirst();
    }

    Optional<CanonicalEntry> find(String domain, String code) {
        return search(domain, null, code, 1).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Entries whose code or label contains the text (or all entries), with their natural keys. */
    List<CanonicalEntry> search(String domain, String text, String exactCode, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + text.toLowerCase() + "%";
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT c.code, c.label, k.key_type, k.key_value FROM ("
                        + " SELECT code, label FROM xref_canonical WHERE domain = ?"
                        + " AND (CAST(? AS text) IS NULL OR code = ?)"
                        + " AND (CAST(? AS text) IS NULL OR lower(code) LIKE ? OR lower(label) LIKE ?)"
                        + " ORDER BY code LIMIT ?) c"
                        + " LEFT JOIN xref_natural_key k ON k.domain = ? AND k.canonical_code = c.code ORDER BY c.code",
                domain, exactCode, exactCode, like, like, like, limit, domain);
        Map<String, CanonicalEntry> entries = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String code = (String) row.get("code");
            CanonicalEntry entry = entries.computeIfAbsent(code,
                    c -> new CanonicalEntry(domain, c, (String) row.get("label"), new HashMap<>()));
            if (row.get("key_type") != null) {
                Map<String, String> keys = new HashMap<>(entry.naturalKeys());
                keys.put((String) row.get("key_type"), (String) row.get("key_value"));
                entries.put(code, new CanonicalEntry(domain, code, entry.label(), keys));
            }
        }
        return List.copyOf(entries.values());
    }
}
