package io.passerelle.hub.connector.edi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of every interchange in and out (edi_interchange), as operators and partners look it up. */
@Component
public class EdiInterchanges {

    private final JdbcTemplate jdbc;

    public EdiInterchanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param readBy the hub instance that reads the file now ({@link io.passerelle.hub.system.HubInstance#id()}) */
    public long received(String partner, String fileName, String archivedAs, String sha256, long size, String readBy) {
        return jdbc.queryForObject("INSERT INTO edi_interchange (partner, direction, file_name, archived_as, sha256,"
                + " size_bytes, status, read_by) VALUES (?, 'IN', ?, ?, ?, ?, 'RECEIVED', ?) RETURNING id", Long.class,
                partner, fileName, archivedAs, sha256, size, readBy);
    }

    /** The instances that were reading files when they stopped, or still read them. */
    public List<String> readers() {
        return jdbc.queryForList("SELECT DISTINCT read_by FROM edi_interchange WHERE status = 'RECEIVED'"
                + " AND read_by IS NOT NULL", String.class);
    }

    /**
     * Marks the files these stopped instances were reading as interrupted, with a report saying what became of
     * them; returns how many.
     */
    public int interrupted(String[] stoppedReaders) {
        return jdbc.update("UPDATE edi_interchange SET status = 'INTERRUPTED', processed_at = now(), report ="
                + " 'The hub (' || read_by || ') stopped while reading this file. The file stayed in the partner''s"
                + " folder and is read again as a new interchange; what this reading had delivered is recognised"
                + " there and not applied twice.' WHERE status = 'RECEIVED' AND read_by = ANY (?)", (Object) stoppedReaders);
    }

    /** An earlier interchange from the same sender with the same control number, already read. */
    public Optional<Long> alreadyRead(String partner, String sender, String controlNumber, long except) {
        return jdbc.queryForList("SELECT id FROM edi_interchange WHERE partner = ? AND direction = 'IN' AND sender = ?"
                        + " AND control_number = ? AND id <> ? AND status IN ('PROCESSED', 'PARTLY_REJECTED', 'REJECTED')"
                        + " ORDER BY id LIMIT 1", Long.class, partner, sender, controlNumber, except)
                .stream().findFirst();
    }

    public void envelope(long id, String standard, String sender, String receiver, String controlNumber) {
        jdbc.update("UPDATE edi_interchange SET standard = ?, sender = ?, receiver = ?, control_number = ? WHERE id = ?",
                standard, sender, receiver, controlNumber, id);
    }

    public void finished(long id, String status, String messageTypes, int messages, int accepted, int rejected,
                         String report) {
        jdbc.update("UPDATE edi_interchange SET status = ?, message_types = ?, messages = ?, accepted = ?, rejected = ?,"
                + " report = ?, processed_at = now() WHERE id = ?", status, messageTypes, messages, accepted, rejected,
                report, id);
    }

    public long sent(String partner, String fileName, String standard, String sender, String receiver,
                     String controlNumber, String messageTypes, int messages, Long acknowledges) {
        return jdbc.queryForObject("INSERT INTO edi_interchange (partner, direction, file_name, standard, sender,"
                + " receiver, control_number, message_types, messages, status, acknowledges, processed_at)"
                + " VALUES (?, 'OUT', ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, now()) RETURNING id", Long.class, partner, fileName,
                standard, sender, receiver, controlNumber, messageTypes, messages, acknowledges);
    }

    /** The partner's acknowledgement of an interchange we sent: matched by its control number. */
    public boolean acknowledged(String partner, String controlNumber, String status, String report) {
        return jdbc.update("UPDATE edi_interchange SET ack_status = ?, ack_report = ?, acknowledged_at = now()"
                + " WHERE id = (SELECT id FROM edi_interchange WHERE partner = ? AND direction = 'OUT'"
                + " AND control_number = ? ORDER BY id DESC LIMIT 1)", status, report, partner, controlNumber) == 1;
    }

    public Optional<Map<String, Object>> find(long id) {
        return jdbc.queryForList("SELECT * FROM edi_interchange WHERE id = ?", id).stream().findFirst();
    }

    public List<Map<String, Object>> list(String partner, String direction, String status, int limit) {
        return jdbc.queryForList("SELECT id, partner, direction, file_name, standard, sender, receiver, control_number,"
                        + " message_types, messages, accepted, rejected, status, ack_status, acknowledges, created_at,"
                        + " processed_at, acknowledged_at FROM edi_interchange"
                        + " WHERE (CAST(? AS text) IS NULL OR partner = ?) AND (CAST(? AS text) IS NULL OR direction = ?)"
                        + " AND (CAST(? AS text) IS NULL OR status = ?) ORDER BY id DESC LIMIT ?",
                partner, partner, direction, direction, status, status, Math.min(limit, 1000));
    }
}
