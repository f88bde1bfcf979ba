package io.redesk.exchange.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's embedded SQLite database in WAL mode: one write connection behind a lock (SQLite
 * serialises writers anyway; owning the lock also makes "check the idempotency key, apply, store the
 * outcome" one atomic step) and a small pool of read connections that see the last commit.
 * Schema changes are Flyway migrations under {@code db/exchange}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String url;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers;

    private Database(String url, int readers) throws SQLException {
        this.url = url;
        this.writer = open(false);
        this.readers = new ArrayBlockingQueue<>(readers);
        for (int i = 0; i < readers; i++) {
            this.readers.add(open(true));
        }
    }

    /** Opens (creating if needed) {@code exchange.db} in the directory and migrates it. */
    public static Database open(Path dataDir, int readers) {
        String url = "jdbc:sqlite:" + dataDir.resolve("exchange.db").toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/exchange").load().migrate();
        try {
            Database db = new Database(url, readers);
            LOG.info("database ready at {}", dataDir);
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database in " + dataDir, e);
        }
    }

    private Connection open(boolean readOnly) throws SQLException {
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "NORMAL");
        p.setProperty("busy_timeout", "10000");
        p.setProperty("foreign_keys", "true");
        p.setProperty("jdbc.get_generated_keys", "false");
        Connection c = DriverManager.getConnection(url, p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=10000");
        }
        if (readOnly) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only=1");
            }
        } else {
            c.setAutoCommit(false);
        }
        Sql.cacheStatements(c);
        return c;
    }

    /** Work inside one write transaction. */
    @FunctionalInterface
    public interface TxWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} holding the write lock in a transaction; commits on return, rolls back on any
     * exception (which propagates).
     */
    public <T> T write(TxWork<T> work) {
        writeLock.lock();
        try {
            T result;
            try {
                result = work.run(writer);
                writer.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new IllegalStateException("database write failed", e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /** Holds the write lock around {@code body}, which may run several {@link #write} steps. */
    public <T> T exclusively(java.util.function.Supplier<T> body) {
        writeLock.lock();
        try {
            return body.get();
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs a read on a pooled read connection. */
    public <T> T read(TxWork<T> work) {
        Connection c;
        try {
            c = readers.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a database connection", e);
        }
        if (c == null) {
            throw new IllegalStateException("no database connection free for 10 s");
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database read failed", e);
        } finally {
            readers.add(c);
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(writer);
            Connection c;
            while ((c = readers.poll()) != null) {
                closeQuietly(c);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            Sql.forgetStatements(c);
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection failed", e);
        }
    }
}
