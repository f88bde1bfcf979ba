package io.redesk.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pragmas every vault connection runs with ({@link Database#dataSource}): durability (WAL,
 * synchronous=FULL, foreign keys) and the cache and checkpoint sizes of ADR 0311. The benchmark's
 * plain baseline starts from the same data source and then goes back to SQLite's default cache and
 * checkpoint interval, which are faster for it ({@code PlainStoreSettingsTest}).
 */
class DatabasePragmasTest {

    @TempDir
    Path dir;

    @Test
    void vaultConnectionsRunWithTheDurabilityCacheAndCheckpointSettings() throws SQLException {
        try (Database db = Database.open(dir.resolve("vault.db"))) {
            db.read(this::assertPragmas);
        }
        try (Connection plain = Database.dataSource(dir.resolve("plain.db")).getConnection()) {
            assertPragmas(plain);
        }
    }

    private Void assertPragmas(Connection c) throws SQLException {
        assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(c, "synchronous")).isEqualTo("2"); // FULL
        assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
        assertThat(pragma(c, "cache_size")).isEqualTo(String.valueOf(-Database.CACHE_KIB));
        assertThat(pragma(c, "wal_autocheckpoint")).isEqualTo(String.valueOf(Database.WAL_AUTOCHECKPOINT_PAGES));
        return null;
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
