package io.passerelle.hub.connector.edi;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The interchange control numbers the hub gives each partner: one database counter per partner. */
@Component
public class EdiControlNumbers {

    private final JdbcTemplate jdbc;

    public EdiControlNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number, never handed out twice, whichever instance asks. */
    public long next(String partner) {
        return jdbc.queryForObject("INSERT INTO edi_control_number (partner, last) VALUES (?, 1)"
                + " ON CONFLICT (partner) DO UPDATE SET last = edi_control_number.last + 1 RETURNING last",
                Long.class, partner);
    }
}
