package io.redesk.exchange.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sql} reuses prepared statements on the database's connections without changing any outcome. */
class StatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void aStatementReusedManyTimesKeepsGivingTheRightRows() {
        try (Database db = Database.open(dir, 1)) {
            db.write(c -> {
                for (int i = 0; i < 300; i++) {
                    Sql.update(c, "INSERT INTO counters(name, value) VALUES (?, ?)", "k" + i, i);
                }
                return null;
            });
            for (int i = 0; i < 300; i += 37) {
                int n = i;
                Optional<Long> value = db.read(c -> Sql.one(c, "SELECT value FROM counters WHERE name = ?", rs -> rs.getLong(1),
                        "k" + n));
                assertThat(value).contains((long) n);
            }
        }
    }

    @Test
    void theSameQueryInsideItsOwnRowMapperRunsOnAStatementOfItsOwn() {
        try (Database db = Database.open(dir, 1)) {
            db.write(c -> {
                Sql.update(c, "INSERT INTO counters(name, value) VALUES (?, ?)", "a", 1);
                Sql.update(c, "INSERT INTO counters(name, value) VALUES (?, ?)", "b", 2);
                return null;
            });
            String sql = "SELECT name, value FROM counters WHERE value >= ? ORDER BY value";
            List<String> pairs = db.read(c -> Sql.list(c, sql, rs -> {
                String name = rs.getString(1);
                long value = rs.getLong(2);
                // the outer result set is still open: the cached statement is busy
                long above = Sql.list(c, sql, r -> r.getString(1), value + 1).size();
                return name + ":" + above;
            }, 0));
            assertThat(pairs).containsExactly("a:1", "b:0");
        }
    }

    @Test
    void aStatementThatFailedIsNotReusedAndTheNextUseSucceeds() {
        try (Database db = Database.open(dir, 1)) {
            String insert = "INSERT INTO counters(name, value) VALUES (?, ?)";
            db.write(c -> Sql.update(c, insert, "x", 1));
            assertThatThrownBy(() -> db.write(c -> Sql.update(c, insert, "x", 2)))
                    .hasRootCauseMessage("[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed (UNIQUE constraint failed: counters.name)");
            db.write(c -> Sql.update(c, insert, "y", 3));
            List<String> rows = db.read(c -> Sql.list(c, "SELECT name || '=' || value FROM counters ORDER BY name",
                    rs -> rs.getString(1)));
            assertThat(rows).containsExactly("x=1", "y=3");
        }
    }

    @Test
    void nextValueCountsFromOnePerCounter() {
        try (Database db = Database.open(dir, 1)) {
            List<Long> values = db.write(c -> List.of(Sql.nextValue(c, "p"), Sql.nextValue(c, "p"), Sql.nextValue(c, "q"),
                    Sql.nextValue(c, "p")));
            assertThat(values).containsExactly(1L, 2L, 1L, 3L);
        }
    }
}
