package io.redesk.exchange.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small JDBC helpers so repositories read as SQL, not boilerplate. On the database's own connections
 * ({@link #cacheStatements}) each SQL text is prepared once and reused: a mutation runs about fifteen
 * statements, and preparing one costs a parse in SQLite and a round of set-up in the driver each time.
 */
public final class Sql {
    /** Statements kept per connection; beyond this the least recently used is closed. */
    static final int STATEMENT_CACHE_SIZE = 128;

    private static final Map<Connection, Statements> CACHES = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Reuses prepared statements on {@code c} from now on. The connection must be used by one thread at a
     * time (the database's write lock, or a read connection taken from its pool).
     */
    static void cacheStatements(Connection c) {
        CACHES.put(c, new Statements());
    }

    /** Closes the statements kept for {@code c} (before closing the connection). */
    static void forgetStatements(Connection c) {
        Statements s = CACHES.remove(c);
        if (s != null) {
            s.closeAll();
        }
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (Lease l = prepare(c, sql, args)) {
            return l.run(PreparedStatement::executeUpdate);
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (Lease l = prepare(c, sql, args)) {
            return l.run(ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                    return out;
                }
            });
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (Lease l = prepare(c, sql, args)) {
            return l.run(ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
                }
            });
        }
    }

    public static long nextValue(Connection c, String counter) throws SQLException {
        return one(c, "INSERT INTO counters(name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 "
                + "RETURNING value", rs -> rs.getLong(1), counter).orElseThrow();
    }

    private static Lease prepare(Connection c, String sql, Object... args) throws SQLException {
        Statements cache = CACHES.get(c);
        PreparedStatement ps = cache == null ? null : cache.take(c, sql);
        Lease lease = ps == null ? new Lease(c.prepareStatement(sql), null, sql) : new Lease(ps, cache, sql);
        try {
            bind(lease.ps, args);
        } catch (SQLException | RuntimeException e) {
            lease.broken = true;
            lease.close();
            throw e;
        }
        return lease;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof java.util.UUID u) {
                ps.setString(i + 1, u.toString());
            } else if (a instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (a instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** Statement work. */
    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    /** One use of a statement: a cached one goes back to its cache, a fresh (or failed) one is closed. */
    private static final class Lease implements AutoCloseable {
        private final PreparedStatement ps;
        private final Statements owner;
        private final String sql;
        private boolean broken;

        Lease(PreparedStatement ps, Statements owner, String sql) {
            this.ps = ps;
            this.owner = owner;
            this.sql = sql;
        }

        <T> T run(StatementWork<T> work) throws SQLException {
            try {
                return work.run(ps);
            } catch (SQLException | RuntimeException e) {
                broken = true; // do not reuse a statement whose state after the failure is unknown
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            if (owner == null) {
                ps.close();
            } else {
                owner.giveBack(sql, ps, broken);
            }
        }
    }

    /** One connection's statements by SQL text (LRU), and those in use right now (a nested query). */
    private static final class Statements {
        private final Set<PreparedStatement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() > STATEMENT_CACHE_SIZE && !inUse.contains(eldest.getValue())) {
                    closeQuietly(eldest.getValue());
                    return true;
                }
                return false;
            }
        };

        /**
         * The statement for {@code sql}, prepared on first use and kept; null when it is in use right now
         * (the caller then prepares one of its own for this use).
         */
        PreparedStatement take(Connection c, String sql) throws SQLException {
            PreparedStatement ps = bySql.get(sql);
            if (ps != null && inUse.contains(ps)) {
                return null;
            }
            if (ps == null) {
                ps = c.prepareStatement(sql);
                bySql.put(sql, ps);
            }
            inUse.add(ps);
            return ps;
        }

        void giveBack(String sql, PreparedStatement ps, boolean broken) {
            inUse.remove(ps);
            if (broken) {
                bySql.remove(sql, ps);
                closeQuietly(ps);
            }
        }

        void closeAll() {
            bySql.values().forEach(Statements::closeQuietly);
            bySql.clear();
        }

        private static void closeQuietly(PreparedStatement ps) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing a cached statement: the connection closes it anyway
            }
        }
    }
}
