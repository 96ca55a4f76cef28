package io.passerelle.mappings.xref;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * SQL for mappings and their audit trail. Callers own the transaction; every write here also writes
 * its audit row, so no change can escape the trail.
 */
class MappingStore {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String COLUMNS =
            "id, domain, system, external_code, canonical_code, preferred, valid_from, valid_to";

    static final RowMapper<Mapping> MAPPING = (rs, row) -> new Mapping(
            rs.getLong("id"), rs.getString("domain"), rs.getString("system"), rs.getString("external_code"),
            rs.getString("canonical_code"), rs.getBoolean("preferred"),
            localDate(rs, "valid_from"), localDate(rs, "valid_to"));

    private final JdbcTemplate jdbc;

    MappingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises writers of one domain, so write-time checks see a stable table. */
    void lockDomain(String domain) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('xref:' || ?))", domain);
    }

    List<Mapping> allOf(String domain) {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE domain = ? ORDER BY id", MAPPING, domain);
    }

    List<Mapping> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping ORDER BY id", MAPPING);
    }

    Optional<Mapping> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE id = ?", MAPPING, id).stream().findFirst();
    }

    List<Mapping> forKey(String domain, String system, String externalCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE domain = ? AND system = ? AND external_code = ?",
                MAPPING, domain, system, externalCode);
    }

    /** Every mapping of these codes of one system, in one query. */
    List<Mapping> forKeys(String domain, String system, Collection<String> externalCodes) {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE domain = ? AND system = ?"
                        + " AND external_code = ANY(?)", MAPPING, domain, system, externalCodes.toArray(String[]::new));
    }

    /** Every mapping of one system to these canonical codes, in one query. */
    List<Mapping> forCanonicals(String domain, String system, Collection<String> canonicalCodes) {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE domain = ? AND system = ?"
                        + " AND canonical_code = ANY(?)", MAPPING, domain, system, canonicalCodes.toArray(String[]::new));
    }

    List<Mapping> forCanonical(String domain, String system, String canonicalCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE domain = ? AND system = ? AND canonical_code = ?",
                MAPPING, domain, system, canonicalCode);
    }

    List<Mapping> search(String domain, String system, String text, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + text.toLowerCase() + "%";
        return jdbc.query("SELECT " + COLUMNS + " FROM xref_mapping WHERE domain = ?"
                        + " AND (CAST(? AS text) IS NULL OR system = ?)"
                        + " AND (CAST(? AS text) IS NULL OR lower(external_code) LIKE ? OR lower(canonical_code) LIKE ?)"
                        + " ORDER BY system, external_code, valid_from NULLS FIRST LIMIT ?",
                MAPPING, domain, system, system, like, like, like, limit);
    }

    Mapping insert(Mapping mapping, ChangeAuthor author, String action) {
        Long id = jdbc.queryForObject("INSERT INTO xref_mapping (domain, system, external_code, canonical_code,"
                        + " preferred, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                mapping.domain(), mapping.system(), mapping.externalCode(), mapping.canonicalCode(),
                mapping.preferred(), sqlDate(mapping.validFrom()), sqlDate(mapping.validTo()));
        Mapping stored = mapping.withId(id);
        audit(author, action, mapping.domain(), id, null, stored);
        return stored;
    }

    /**
     * New mappings of one domain in one statement, each audited with its own author (one batch for the
     * trail): what a bulk load learns. Returns them with their ids, in the order given.
     */
    List<Mapping> insertAll(String domain, List<Mapping> created, List<ChangeAuthor> authors) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList("INSERT INTO xref_mapping (domain, system, external_code, canonical_code,"
                        + " preferred, valid_from, valid_to)"
                        + " SELECT ?, m.system, m.code, m.canonical, m.preferred, m.valid_from, m.valid_to"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::boolean[], ?::date[], ?::date[], ?::int[])"
                        + "   AS m(system, code, canonical, preferred, valid_from, valid_to, ord)"
                        + " ORDER BY m.ord RETURNING id", Long.class, domain,
                created.stream().map(Mapping::system).toArray(String[]::new),
                created.stream().map(Mapping::externalCode).toArray(String[]::new),
                created.stream().map(Mapping::canonicalCode).toArray(String[]::new),
                created.stream().map(Mapping::preferred).toArray(Boolean[]::new),
                created.stream().map(m -> sqlDate(m.validFrom())).toArray(java.sql.Date[]::new),
                created.stream().map(m -> sqlDate(m.validTo())).toArray(java.sql.Date[]::new),
                java.util.stream.IntStream.range(0, created.size()).boxed().toArray(Integer[]::new));
        List<Mapping> stored = new java.util.ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            stored.add(created.get(i).withId(ids.get(i)));
        }
        List<Object[]> audit = new java.util.ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            ChangeAuthor author = authors.get(i);
            audit.add(new Object[] {author.actor(), author.source().name(), author.reason(), "CREATE", domain,
                    stored.get(i).id(), null, toJson(stored.get(i))});
        }
        jdbc.batchUpdate(AUDIT_INSERT, audit);
        return stored;
    }

    /** Puts back a mapping that a restore needs, under its original id. */
    void reinsert(Mapping mapping, ChangeAuthor author) {
        jdbc.update("INSERT INTO xref_mapping (id, domain, system, external_code, canonical_code, preferred,"
                        + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                mapping.id(), mapping.domain(), mapping.system(), mapping.externalCode(), mapping.canonicalCode(),
                mapping.preferred(), sqlDate(mapping.validFrom()), sqlDate(mapping.validTo()));
        audit(author, "RESTORE", mapping.domain(), mapping.id(), null, mapping);
    }

    void update(Mapping before, Mapping after, ChangeAuthor author, String action) {
        jdbc.update("UPDATE xref_mapping SET system = ?, external_code = ?, canonical_code = ?, preferred = ?,"
                        + " valid_from = ?, valid_to = ? WHERE id = ?",
                after.system(), after.externalCode(), after.canonicalCode(), after.preferred(),
                sqlDate(after.validFrom()), sqlDate(after.validTo()), before.id());
        audit(author, action, before.domain(), before.id(), before, after);
    }

    void delete(Mapping mapping, ChangeAuthor author) {
        jdbc.update("DELETE FROM xref_mapping WHERE id = ?", mapping.id());
        audit(author, "DELETE", mapping.domain(), mapping.id(), mapping, null);
    }

    List<AuditEntry> history(long mappingId) {
        return jdbc.query("SELECT id, at, actor, source, reason, action, domain, mapping_id, before::text, after::text"
                + " FROM xref_audit WHERE mapping_id = ? ORDER BY id", AUDIT, mappingId);
    }

    /** The last known state, at the given time, of every mapping of a domain that existed then. */
    List<Mapping> stateAt(String domain, Instant at) {
        return jdbc.query("SELECT DISTINCT ON (mapping_id) after::text FROM xref_audit"
                        + " WHERE domain = ? AND at <= ? AND mapping_id IS NOT NULL ORDER BY mapping_id, id DESC",
                (rs, row) -> fromJson(rs.getString(1)), domain, java.sql.Timestamp.from(at))
                .stream().filter(m -> m != null).toList();
    }

    private static final String AUDIT_INSERT = "INSERT INTO xref_audit (actor, source, reason, action, domain,"
            + " mapping_id, before, after) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))";

    private void audit(ChangeAuthor author, String action, String domain, Long mappingId, Mapping before, Mapping after) {
        jdbc.update(AUDIT_INSERT, author.actor(), author.source().name(), author.reason(), action, domain, mappingId,
                toJson(before), toJson(after));
    }

    static String toJson(Mapping mapping) {
        if (mapping == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Mapping fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Mapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit row: " + json, e);
        }
    }

    private static final RowMapper<AuditEntry> AUDIT = (rs, row) -> new AuditEntry(
            rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
            ChangeSource.valueOf(rs.getString("source")), rs.getString("reason"), rs.getString("action"),
            rs.getString("domain"), rs.getLong("mapping_id"), fromJson(rs.getString("before")),
            fromJson(rs.getString("after")));

    static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
