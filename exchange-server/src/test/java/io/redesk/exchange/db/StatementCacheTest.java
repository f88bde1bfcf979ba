package io.redesk.exchange.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's statements are prepared once per connection and reused ({@link CachingStatements}) without changing any outcome. */
class StatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void aStatementReusedManyTimesKeepsGivingTheRightRows() {
        try (Database db = Database.open(dir, 1)) {
            db.write(h -> {
                for (int i = 0; i < 300; i++) {
                    h.execute("INSERT INTO counters(name, value) VALUES (?, ?)", "k" + i, i);
                }
                return null;
            });
            for (int i = 0; i < 300; i += 37) {
                int n = i;
                Optional<Long> value = db.read(h -> h.select("SELECT value FROM counters WHERE name = ?", "k" + n)
                        .mapTo(Long.class).findOne());
                assertThat(value).contains((long) n);
            }
        }
    }

    @Test
    void theSameQueryInsideItsOwnRowMapperRunsOnAStatementOfItsOwn() {
        try (Database db = Database.open(dir, 1)) {
            db.write(h -> {
                h.execute("INSERT INTO counters(name, value) VALUES (?, ?)", "a", 1);
                h.execute("INSERT INTO counters(name, value) VALUES (?, ?)", "b", 2);
                return null;
            });
            String sql = "SELECT name, value FROM counters WHERE value >= ? AND name <> 'writer' ORDER BY value";
            List<String> pairs = db.read(h -> h.select(sql, 1).map((rs, ctx) -> {
                String name = rs.getString(1);
                long value = rs.getLong(2);
                // the outer result set is still open: the cached statement is busy
                long above = h.select(sql, value + 1).map((r, c) -> r.getString(1)).list().size();
                return name + ":" + above;
            }).list());
            assertThat(pairs).containsExactly("a:1", "b:0");
        }
    }

    @Test
    void aStatementThatFailedIsNotTrustedAndTheNextUseSucceeds() {
        try (Database db = Database.open(dir, 1)) {
            String insert = "INSERT INTO counters(name, value) VALUES (?, ?)";
            db.write(h -> h.execute(insert, "x", 1));
            assertThatThrownBy(() -> db.write(h -> h.execute(insert, "x", 2)))
                    .hasRootCauseMessage("[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed (UNIQUE constraint failed: counters.name)");
            db.write(h -> h.execute(insert, "y", 3));
            List<String> rows = db.read(h -> h.select("SELECT name || '=' || value FROM counters WHERE name <> 'writer' ORDER BY name")
                    .mapTo(String.class).list());
            assertThat(rows).containsExactly("x=1", "y=3");
        }
    }

    @Test
    void nextValueCountsFromOnePerCounterAndARolledBackValueIsGivenBack() {
        try (Database db = Database.open(dir, 1)) {
            List<Long> values = db.write(h -> List.of(Counters.next(h, "p"), Counters.next(h, "p"), Counters.next(h, "q"),
                    Counters.next(h, "p")));
            assertThat(values).containsExactly(1L, 2L, 1L, 3L);
            assertThatThrownBy(() -> db.write(h -> {
                Counters.next(h, "p");
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            long next = db.write(h -> Counters.next(h, "p"));
            assertThat(next).isEqualTo(4L);
        }
    }
}
