package io.redesk.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's baseline keeps the vault's durability (a baseline without fsyncs would flatter the
 * vault's ratio's denominator) and SQLite's default cache and checkpoint interval (which a quiet A/B
 * showed are faster for plain rows than the vault's; a slower baseline would flatter the vault).
 */
class PlainStoreSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theBaselineIsAsDurableAsTheVaultWithSqlitesFasterDefaultsForItsCache() throws Exception {
        try (PlainStore plain = new PlainStore(dir.resolve("plain.db"))) {
            Field f = PlainStore.class.getDeclaredField("c");
            f.setAccessible(true);
            Connection c = (Connection) f.get(plain);
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "synchronous")).isEqualTo("2");
            assertThat(pragma(c, "cache_size")).isEqualTo("-2000");
            assertThat(pragma(c, "wal_autocheckpoint")).isEqualTo("1000");
        }
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
