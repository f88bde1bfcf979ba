package io.redesk.exchange.db;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Jdbi statements for SQLite's long-lived connections: each SQL text is prepared once per connection and
 * reused (a mutation runs about fifteen statements, and preparing one costs a parse in SQLite and a round
 * of set-up in the driver each time). A statement in use (a query run from inside another's row mapper)
 * is never handed out twice: that use gets a statement of its own. A statement whose use failed is closed,
 * not reused. PostgreSQL does not need this: pgjdbc keeps server-prepared statements per connection.
 */
final class CachingStatements implements StatementBuilderFactory {
    /** Statements kept per connection; beyond this the least recently used is closed. */
    static final int STATEMENT_CACHE_SIZE = 128;

    private final Map<Connection, Builder> builders = new ConcurrentHashMap<>();

    @Override
    public StatementBuilder createStatementBuilder(Connection c) {
        return builders.computeIfAbsent(c, k -> new Builder());
    }

    /** Closes the statements kept for {@code c} (before closing the connection). */
    void forget(Connection c) {
        Builder b = builders.remove(c);
        if (b != null) {
            b.closeAll();
        }
    }

    /** One connection's statements by SQL text (LRU), and those in use right now. Used by one thread at a time. */
    private static final class Builder implements StatementBuilder {
        private final DefaultStatementBuilder plain = new DefaultStatementBuilder();
        private final Set<Statement> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Statement> ownUse = Collections.newSetFromMap(new IdentityHashMap<>());
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

        @Override
        public Statement create(Connection conn, StatementContext ctx) throws SQLException {
            return plain.create(conn, ctx);
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            PreparedStatement ps = bySql.get(sql);
            if (ps != null && inUse.contains(ps)) {
                PreparedStatement own = conn.prepareStatement(sql);
                ownUse.add(own);
                return own;
            }
            if (ps == null) {
                ps = conn.prepareStatement(sql);
                bySql.put(sql, ps);
            }
            inUse.add(ps);
            return ps;
        }

        @Override
        public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
            return plain.createCall(conn, sql, ctx);
        }

        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            if (ownUse.remove(stmt) || !inUse.remove(stmt)) {
                stmt.close();
                return;
            }
            // Jdbi gives a statement back after every use, a failed one too: it is kept only when it can be
            // reset for the next use
            try {
                ((PreparedStatement) stmt).clearParameters();
            } catch (SQLException e) {
                bySql.remove(sql, stmt);
                closeQuietly(stmt);
            }
        }

        void closeAll() {
            bySql.values().forEach(Builder::closeQuietly);
            bySql.clear();
        }

        private static void closeQuietly(Statement ps) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing a cached statement: the connection closes it anyway
            }
        }
    }
}
