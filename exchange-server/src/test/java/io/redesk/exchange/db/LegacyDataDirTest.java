package io.redesk.exchange.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory migrated before the migrations moved to {@code db/migration/{common,sqlite,postgresql}}
 * (for example the app's {@code <app-data>/demo-exchange}) still opens: V1 and V2 keep their checksums in
 * their new folders, Flyway validates them and applies only what is new, and the data stays.
 */
class LegacyDataDirTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseMigratedWithTheOldLayoutOpensWithItsDataAndGetsOnlyTheNewMigrations() throws Exception {
        Path file = dir.resolve("exchange.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        // the layout before: both migrations under db/exchange (copies of those files, byte for byte)
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/legacy-exchange").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("INSERT INTO organisations(id, name, type, country, seq, name_zh) "
                    + "VALUES ('00000000-0000-0000-0000-000000000001', 'Old Re', 'REINSURER', 'CN', 1, '旧再')");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (Database db = Database.open(dir, 1)) {
            List<String> names = db.read(h -> h.select("SELECT name_zh FROM organisations").mapTo(String.class).list());
            assertThat(names).containsExactly("旧再");
            List<String> applied = db.read(h -> h.select("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
                    .mapTo(String.class).list());
            assertThat(applied).containsExactly("1", "2", "3", "100", "200");
            assertThat(db.ready()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aNewDatabaseFileIsOwnerOnly() throws Exception {
        try (Database db = Database.open(dir, 1)) {
            assertThat(db.engine()).isEqualTo(Engine.SQLITE);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("exchange.db")))).isEqualTo("rw-------");
    }
}
