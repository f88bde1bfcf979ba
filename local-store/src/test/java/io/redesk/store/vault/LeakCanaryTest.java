package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak scan can fail: text written to a plain SQLite file is found by the same search. */
class LeakCanaryTest {

    @TempDir
    Path dir;

    @Test
    void plainSqliteFileDoesContainTheText() throws Exception {
        Path db = dir.resolve("plain.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("CREATE TABLE t (v TEXT)")) {
            ps.execute();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                ins.setString(1, "Zhoushan Hengrui Shipping Holdings");
                ins.execute();
            }
        }
        assertThat(new String(Files.readAllBytes(db), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Zhoushan");
    }
}
