package io.passerelle.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Where the database spent its time during a run, from pg_stat_statements, when the bench's PostgreSQL was
 * started with it: {@code -Dpasserelle.test-postgres.settings=shared_preload_libraries=pg_stat_statements}.
 */
final class StatementTimes {

    private StatementTimes() {
    }

    /** Clears the statistics, so that what {@link #print} shows is the run's alone; false if not available. */
    static boolean reset(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
            return true;
        } catch (SQLException notLoaded) {
            return false;
        }
    }

    static void print(DataSource dataSource, int top) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150)"
                     + " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT " + top)) {
            System.out.println("database time by statement (pg_stat_statements):");
            while (rs.next()) {
                System.out.printf("  %9.0f ms %8d calls %9d rows  %s%n", rs.getDouble(2), rs.getLong(1), rs.getLong(3),
                        rs.getString(4));
            }
        }
    }
}
