package io.passerelle.hub.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.passerelle.hub.system.ConnectedSystems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What waits in the hub's database for someone, as gauges an operator can alert on: deliveries pending and dead per
 * subscriber with the age of the oldest pending one (the delivery lag), messages parked for a code and codes
 * waiting for a steward per domain and system, inbound EDI files that failed and wait to be reprocessed per partner.
 *
 * <p>Read from the database every {@code passerelle.metrics.backlog-refresh} (15 s unless set), not at each
 * scrape: a scrape then costs no query, and a burst of scrapes none either. Every hub instance reports the same
 * figures, since they are the shared database's: aggregate them across instances with {@code max}, not
 * {@code sum}. A name or tag seen once and gone (a subscriber whose backlog emptied) is dropped at the next read.
 */
@Component
public class BacklogGauges {

    private static final Logger log = LoggerFactory.getLogger(BacklogGauges.class);

    private final JdbcTemplate jdbc;
    private final ConnectedSystems systems;
    private final MultiGauge outboxEntries;
    private final MultiGauge oldestPending;
    private final MultiGauge parkedMessages;
    private final MultiGauge unmappedCodes;
    private final MultiGauge failedInterchanges;
    private volatile boolean failing;

    public BacklogGauges(JdbcTemplate jdbc, ConnectedSystems systems, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.outboxEntries = MultiGauge.builder("passerelle.outbox.entries")
                .description("Outbox entries by subscriber and status: pending (to deliver or retry) or dead (given up, replayable)")
                .baseUnit("entries").register(registry);
        this.oldestPending = MultiGauge.builder("passerelle.outbox.oldest.pending")
                .description("Age of the oldest pending outbox entry per subscriber: how far its deliveries lag")
                .baseUnit("seconds").register(registry);
        this.parkedMessages = MultiGauge.builder("passerelle.xref.parked.messages")
                .description("Messages parked until a code of theirs is mapped, by domain and system")
                .baseUnit("messages").register(registry);
        this.unmappedCodes = MultiGauge.builder("passerelle.xref.unmapped.codes")
                .description("Codes waiting for a steward in the inbox, by domain and system")
                .baseUnit("codes").register(registry);
        this.failedInterchanges = MultiGauge.builder("passerelle.edi.failed.interchanges")
                .description("Inbound EDI files that could not be processed and are kept for reprocessing, by partner")
                .baseUnit("interchanges").register(registry);
    }

    /** Reads the figures again; called on a schedule, and by tests to read them at once. */
    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "${passerelle.metrics.backlog-refresh:PT15S}")
    public void refresh() {
        try {
            readOutbox();
            parkedMessages.register(countsBy("SELECT domain, system, count(*) FROM xref_parked_message"
                    + " WHERE status = 'PARKED' GROUP BY domain, system", "domain", "system"), true);
            unmappedCodes.register(countsBy("SELECT domain, system, count(*) FROM xref_unmapped"
                    + " WHERE status = 'OPEN' GROUP BY domain, system", "domain", "system"), true);
            failedInterchanges.register(countsBy("SELECT partner, count(*) FROM edi_interchange"
                    + " WHERE direction = 'IN' AND status = 'FAILED' GROUP BY partner", "partner"), true);
            if (failing) {
                log.info("Backlog metrics read again");
                failing = false;
            }
        } catch (DataAccessException e) {
            // The figures keep their last values; the database's own health check says it is down.
            if (!failing) {
                log.warn("Backlog metrics not read: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /**
     * Every declared system has its two lines, at 0 when nothing waits for it: a dashboard then shows 0 rather than
     * no data. A name no longer declared shows only while entries for it remain.
     */
    private void readOutbox() {
        Map<Tags, Long> entries = new LinkedHashMap<>();
        systems.systems().keySet().forEach(name -> {
            entries.put(Tags.of("subscriber", name, "status", "pending"), 0L);
            entries.put(Tags.of("subscriber", name, "status", "dead"), 0L);
        });
        List<MultiGauge.Row<?>> lag = new ArrayList<>();
        jdbc.query("SELECT subscriber, status, count(*), EXTRACT(EPOCH FROM now() - min(created_at))"
                + " FROM hub_outbox GROUP BY subscriber, status", rs -> {
                    String subscriber = rs.getString(1);
                    String status = rs.getString(2).toLowerCase(Locale.ROOT);
                    entries.put(Tags.of("subscriber", subscriber, "status", status), rs.getLong(3));
                    if ("pending".equals(status)) {
                        lag.add(MultiGauge.Row.of(Tags.of("subscriber", subscriber), rs.getDouble(4)));
                    }
                });
        outboxEntries.register(entries.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(), true);
        oldestPending.register(lag, true);
    }

    /** One row per group: the query returns the tag values in order, then the count. */
    private List<MultiGauge.Row<?>> countsBy(String query, String... tagNames) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.query(query, rs -> {
            String[] tags = new String[tagNames.length * 2];
            for (int i = 0; i < tagNames.length; i++) {
                tags[2 * i] = tagNames[i];
                tags[2 * i + 1] = rs.getString(i + 1);
            }
            rows.add(MultiGauge.Row.of(Tags.of(tags), rs.getLong(tagNames.length + 1)));
        });
        return rows;
    }
}
