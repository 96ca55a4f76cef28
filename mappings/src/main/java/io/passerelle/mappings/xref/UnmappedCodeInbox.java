package io.passerelle.mappings.xref;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Codes nobody could map, gathered for stewards: how often and where they were seen, a sample
 * message, and ranked suggestions (a shared natural key first, then the same code, then a similar name
 * by PostgreSQL's trigram similarity).
 */
public class UnmappedCodeInbox {

    private static final int SAMPLE_LIMIT = 64 * 1024;
    private static final double MIN_SIMILARITY = 0.3;

    private final ConversionTables tables;
    private final JdbcTemplate jdbc;

    public UnmappedCodeInbox(ConversionTables tables) {
        this.tables = tables;
        this.jdbc = tables.jdbc();
    }

    void record(CodeSighting s) {
        String sample = s.sample() == null || s.sample().length() <= SAMPLE_LIMIT ? s.sample()
                : s.sample().substring(0, SAMPLE_LIMIT);
        String[] flows = s.flow() == null ? new String[0] : new String[] {s.flow()};
        jdbc.update("INSERT INTO xref_unmapped (domain, system, external_code, label, natural_keys, sample_message, flows)"
                        + " VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?)"
                        + " ON CONFLICT (domain, system, external_code) DO UPDATE SET last_seen = now(),"
                        + " occurrences = xref_unmapped.occurrences + 1,"
                        + " label = COALESCE(EXCLUDED.label, xref_unmapped.label),"
                        + " natural_keys = xref_unmapped.natural_keys || EXCLUDED.natural_keys,"
                        + " sample_message = COALESCE(EXCLUDED.sample_message, xref_unmapped.sample_message),"
                        + " flows = ARRAY(SELECT DISTINCT unnest(xref_unmapped.flows || EXCLUDED.flows) ORDER BY 1),"
                        + " status = 'OPEN', resolved_at = NULL, resolved_to = NULL",
                s.domain(), s.system(), s.code(), s.label(), json(s.naturalKeys()), sample, flows);
    }

    public List<InboxEntry> list(InboxFilter filter, int limit) {
        String like = filter.text() == null || filter.text().isBlank() ? null : "%" + filter.text().toLowerCase() + "%";
        List<InboxEntry> entries = jdbc.query("SELECT * FROM xref_unmapped WHERE"
                        + " (CAST(? AS text) IS NULL OR domain = ?) AND (CAST(? AS text) IS NULL OR system = ?)"
                        + " AND (CAST(? AS text) IS NULL OR status = ?) AND occurrences >= ?"
                        + " AND (CAST(? AS text) IS NULL OR ? = ANY (flows))"
                        + " AND (CAST(? AS text) IS NULL OR lower(external_code) LIKE ? OR lower(label) LIKE ?)"
                        + " ORDER BY occurrences DESC, last_seen DESC LIMIT ?", ENTRY,
                filter.domain(), filter.domain(), filter.system(), filter.system(), filter.status(), filter.status(),
                filter.minOccurrences() == null ? 0 : filter.minOccurrences(), filter.flow(), filter.flow(),
                like, like, like, limit);
        return entries.stream().map(e -> e.withSuggestions(suggestionsFor(e))).toList();
    }

    public InboxEntry find(long id) {
        return jdbc.query("SELECT * FROM xref_unmapped WHERE id = ?", ENTRY, id).stream().findFirst()
                .map(e -> e.withSuggestions(suggestionsFor(e)))
                .orElseThrow(() -> new XrefNotFound("no inbox entry #" + id));
    }

    List<Suggestion> suggestionsFor(InboxEntry entry) {
        Map<String, Suggestion> best = new LinkedHashMap<>();
        entry.naturalKeys().forEach((type, value) -> tables.canonicals().byNaturalKey(entry.domain(), type, value)
                .ifPresent(code -> keep(best, new Suggestion(code, labelOf(entry.domain(), code), 1.0,
                        "same " + type + " " + value))));
        jdbc.query("SELECT code, label FROM xref_canonical WHERE domain = ? AND lower(code) = lower(?)",
                (ResultSet rs) -> {
                    keep(best, new Suggestion(rs.getString(1), rs.getString(2), 0.9, "same code"));
                }, entry.domain(), entry.externalCode());
        String text = entry.label() != null ? entry.label() : entry.externalCode();
        jdbc.query("SELECT code, label, similarity(label, ?) AS score FROM xref_canonical"
                        + " WHERE domain = ? AND label IS NOT NULL AND similarity(label, ?) >= ?"
                        + " ORDER BY score DESC, code LIMIT 5",
                (ResultSet rs) -> {
                    double score = rs.getDouble("score");
                    keep(best, new Suggestion(rs.getString("code"), rs.getString("label"),
                            Math.round(score * 0.85 * 100) / 100.0,
                            String.format("name similar to '%s' (trigram similarity %.2f)", text, score)));
                }, text, entry.domain(), text, MIN_SIMILARITY);
        List<Suggestion> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Suggestion::confidence).reversed());
        return ranked;
    }

    /** Maps the entry's code to the given canonical code, or to its best suggestion when none is given. */
    public Mapping accept(long id, String canonicalCode, ChangeAuthor author) {
        InboxEntry entry = find(id);
        String target = canonicalCode != null ? canonicalCode : entry.suggestions().stream().findFirst()
                .map(Suggestion::canonicalCode)
                .orElseThrow(() -> new XrefRefusal("inbox entry #" + id + " has no suggestion: name a canonical code"));
        return tables.create(new Mapping(null, entry.domain(), entry.system(), entry.externalCode(), target,
                tables.preferredFree(entry.domain(), entry.system(), target), null, null), author);
    }

    /** Accepts, for every open entry (of a domain, if given), its best suggestion when it reaches the threshold. */
    public BulkAcceptReport acceptAbove(double threshold, String domain, ChangeAuthor author) {
        List<Mapping> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int below = 0;
        for (InboxEntry entry : list(new InboxFilter(domain, null, "OPEN", null, null, null), 10_000)) {
            Optional<Suggestion> top = entry.suggestions().stream().findFirst();
            if (top.isEmpty() || top.get().confidence() < threshold) {
                below++;
                continue;
            }
            try {
                ChangeAuthor why = new ChangeAuthor(author.actor(), author.source(), author.reason()
                        + " (suggestion: " + top.get().why() + ", confidence " + top.get().confidence() + ")");
                accepted.add(accept(entry.id(), top.get().canonicalCode(), why));
            } catch (XrefRefusal refusal) {
                refused.add(entry.domain() + "/" + entry.system() + " '" + entry.externalCode() + "': "
                        + refusal.getMessage());
            }
        }
        return new BulkAcceptReport(accepted, below, refused);
    }

    public record BulkAcceptReport(List<Mapping> accepted, int belowThreshold, List<String> refused) {
    }

    private String labelOf(String domain, String code) {
        return jdbc.queryForList("SELECT label FROM xref_canonical WHERE domain = ? AND code = ?", String.class,
                domain, code).stream().findFirst().orElse(null);
    }

    private static void keep(Map<String, Suggestion> best, Suggestion candidate) {
        best.merge(candidate.canonicalCode(), candidate, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }

    private static String json(Map<String, String> map) {
        try {
            return MappingStore.JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final RowMapper<InboxEntry> ENTRY = (rs, row) -> new InboxEntry(
            rs.getLong("id"), rs.getString("domain"), rs.getString("system"), rs.getString("external_code"),
            rs.getString("label"), readKeys(rs.getString("natural_keys")), rs.getTimestamp("first_seen").toInstant(),
            rs.getTimestamp("last_seen").toInstant(), rs.getInt("occurrences"), rs.getString("sample_message"),
            strings(rs.getArray("flows")), rs.getString("status"), rs.getString("resolved_to"), List.of());

    private static Map<String, String> readKeys(String json) {
        try {
            return MappingStore.JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
