package io.redesk.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema migrations through Flyway ({@code db/vault/V*.sql}; not under {@code db/migration}, which the exchange server scans recursively when both run in one JVM). Flyway's startup (classpath
 * scan, validation) costs a few hundred milliseconds, so an unlock only runs it when the recorded
 * schema version differs from {@link #LATEST}; a test keeps that constant equal to the newest script.
 */
public final class Migrations {

    /** Version of the newest migration script shipped in this build. */
    public static final String LATEST = "10";

    static final String LOCATION = "classpath:db/vault";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void migrate(DataSource ds, Connection probe) throws SQLException {
        String current = currentVersion(probe);
        if (LATEST.equals(current)) {
            return;
        }
        LOG.info("Migrating vault schema from {} to {}", current == null ? "empty" : current, LATEST);
        Flyway.configure()
                .dataSource(ds)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The newest successfully applied version, or null for an empty database. */
    public static String currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return null;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                             + "ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
