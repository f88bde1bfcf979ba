package io.redesk.exchange.testing;

import io.redesk.exchange.db.DatabaseConfig;
import io.redesk.exchange.db.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database engine the exchange tests run on, chosen by the system property {@value #ENGINE_PROPERTY}
 * ({@code sqlite}, the default, or {@code postgresql}; the build's second surefire run sets it). On
 * PostgreSQL every exchange a test starts gets a database of its own on the server named by
 * {@value #URL_ENV} ({@code postgresql://127.0.0.1:5432/redesk_test}), with the credentials in
 * {@code REDESK_DB_USER} and {@code REDESK_DB_PASSWORD} (a role allowed to create databases); `.ci/run`
 * sets all three. Databases left by earlier runs are dropped on first use.
 */
public final class TestDatabases {
    public static final String ENGINE_PROPERTY = "redesk.test.engine";
    public static final String URL_ENV = "REDESK_TEST_PG_URL";
    private static final String PREFIX = "redesk_t_";
    private static boolean cleaned;

    private TestDatabases() {
    }

    /** The engine of this test run. */
    public static Engine engine() {
        return "postgresql".equals(System.getProperty(ENGINE_PROPERTY)) ? Engine.POSTGRESQL : Engine.SQLITE;
    }

    /** Why the PostgreSQL run cannot run here, or null when it can (or this run is on SQLite). */
    public static String missing() {
        if (engine() != Engine.POSTGRESQL) {
            return null;
        }
        Map<String, String> env = System.getenv();
        if (env.get(URL_ENV) == null || env.get(DatabaseConfig.ENV_USER) == null) {
            return "the PostgreSQL run needs " + URL_ENV + " (postgresql://host:5432/db), " + DatabaseConfig.ENV_USER + " and "
                    + DatabaseConfig.ENV_PASSWORD + " (a role that may create databases); .ci/run sets them, "
                    + "exchange-server/README.md says how to run it locally";
        }
        return null;
    }

    /** True on a CI machine, where a missing PostgreSQL fails the build instead of skipping its run. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The database for a new exchange: SQLite in its data directory, or a new empty PostgreSQL database. */
    public static synchronized DatabaseConfig forNewExchange() {
        if (engine() == Engine.SQLITE) {
            return DatabaseConfig.sqlite();
        }
        String why = missing();
        if (why != null) {
            throw new IllegalStateException(why);
        }
        DatabaseConfig server = DatabaseConfig.postgresql(System.getenv(URL_ENV), null, System.getenv());
        String name = PREFIX + System.currentTimeMillis() / 1000 + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt() & 0xfffffff);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            if (!cleaned) {
                cleaned = true;
                dropLeftovers(s);
            }
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        return server.withName(name).withPoolSize(4);
    }

    /** Drops test databases of earlier runs (older than an hour, so a run going on elsewhere keeps its own). */
    private static void dropLeftovers(Statement s) throws SQLException {
        long hourAgo = System.currentTimeMillis() / 1000 - 3600;
        List<String> old = new ArrayList<>();
        try (var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String n = rs.getString(1);
                String[] parts = n.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < hourAgo) {
                    old.add(n);
                }
            }
        }
        for (String n : old) {
            s.execute("DROP DATABASE IF EXISTS " + n + " WITH (FORCE)");
        }
    }
}
