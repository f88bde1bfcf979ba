package io.redesk.store.db;

import io.redesk.store.ConstraintViolationException;
import io.redesk.store.VaultCorruptException;
import io.redesk.store.VaultException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The vault's single SQLite connection: WAL journal, synchronous=FULL (a committed transaction survives
 * power loss, not only a process kill), foreign keys on, a busy timeout, immediate write transactions.
 * Every write runs in a transaction; nested calls join the outer one, so a repository write and its
 * outbox row commit together. One connection, serialised by a lock: SQLite has one writer anyway, and
 * the lock lets the idle timer close the vault without racing an in-flight write.
 */
public final class Database implements AutoCloseable {

    /** Milliseconds a statement waits for another connection's lock (e.g. a backup reader). */
    public static final int BUSY_TIMEOUT_MS = 5_000;

    /**
     * SQLite page cache per connection, in KiB (SQLite's default is 2,000). A batch of 1,000 records
     * dirties more pages than the default holds (every record adds ~25 index rows), so SQLite spilled
     * dirty pages to the WAL in the middle of the transaction and re-read them; 64 MiB keeps a batch in
     * memory. It is a ceiling, filled only as pages are read. ADR 0311.
     */
    public static final int CACHE_KIB = 64 * 1024;

    /**
     * WAL pages after which a commit checkpoints (SQLite's default is 1,000, i.e. about every batch
     * here). Checkpointing every ~10,000 pages (40 MiB of WAL) writes a page changed by several
     * commits into the database once instead of once per commit. Durability is unchanged: a commit
     * is durable once it is in the WAL (synchronous=FULL). ADR 0311.
     */
    public static final int WAL_AUTOCHECKPOINT_PAGES = 10_000;

    /** Prepared statements kept per connection; beyond this the least recently used is closed. */
    static final int STATEMENT_CACHE_SIZE = 128;

    /**
     * Told when the outermost write transaction ends: committed, or rolled back (also when the commit
     * itself failed). Called with the lock held, before the lock is released.
     */
    public interface TransactionListener {
        void committed();

        void rolledBack();
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;
    private TransactionListener listener;
    /**
     * Statements prepared once and reused (access order, for LRU eviction). Preparing costs a
     * parse and a column-name lookup in sqlite-jdbc, a fifth of a read by id; reusing the compiled
     * statement is what any SQLite application does on its hot paths. Guarded by {@link #lock}.
     */
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > STATEMENT_CACHE_SIZE) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if absent) the database file with the vault's pragmas and brings its schema up to date. */
    public static Database open(Path file) {
        SQLiteDataSource ds = dataSource(file);
        try {
            Connection c = ds.getConnection();
            Database db = new Database(file, c);
            try {
                Migrations.migrate(ds, c);
                c.setAutoCommit(true);
            } catch (RuntimeException | SQLException e) {
                db.closeQuietly();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * The data source with the vault's pragmas (also used by the benchmark's plain-SQLite baseline, so
     * both sides always run with the same cache, WAL and durability settings).
     */
    public static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        cfg.setCacheSize(-CACHE_KIB);
        cfg.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(WAL_AUTOCHECKPOINT_PAGES));
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Properties p = cfg.toProperties();
        // sqlite-jdbc >= 3.45 fetches generated keys eagerly after every insert (20-40% insert cost);
        // we never use them.
        p.setProperty("jdbc.get_generated_keys", "false");
        SQLiteDataSource ds = new SQLiteDataSource(new SQLiteConfig(p));
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a write transaction (joining the caller's if one is open). */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.run(connection);
                } finally {
                    depth--;
                }
            }
            connection.setAutoCommit(false);
            depth = 1;
            boolean ok = false;
            try {
                T result = work.run(connection);
                connection.commit();
                ok = true;
                return result;
            } finally {
                depth = 0;
                if (!ok) {
                    rollbackQuietly();
                }
                try {
                    TransactionListener l = listener;
                    if (l != null) {
                        if (ok) {
                            l.committed();
                        } else {
                            l.rolledBack();
                        }
                    }
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /** Sets the one listener told about the end of each outermost write transaction (null: none). */
    public void setTransactionListener(TransactionListener l) {
        lock.lock();
        try {
            listener = l;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread's work runs inside an open write transaction (the lock must be held). */
    public boolean isInTransaction() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    /** Runs read-only work (inside the caller's transaction if one is open). */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The cached prepared statement for {@code sql}, to be used inside {@link #read} or
     * {@link #inTransaction} work (the lock must be held). Callers never close it, always close its
     * result sets (an open result set keeps SQLite's read snapshot), and start a batch with
     * {@code clearBatch()} so rows left by a failed earlier batch are never executed.
     */
    public PreparedStatement prepared(String sql) throws SQLException {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("prepared statements are used inside read or write work only");
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** The lock serialising all access; the vault takes it to lock/close without racing a write. */
    public ReentrantLock lock() {
        return lock;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeStatements();
            connection.close();
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    private void closeStatements() {
        for (PreparedStatement ps : new ArrayList<>(statements.values())) {
            closeQuietly(ps);
        }
        statements.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // closing a cached statement: nothing to report, the connection closes it anyway
        }
    }

    void closeQuietly() {
        closeStatements();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing after a failed open: the open failure is reported
        }
    }

    /**
     * Maps SQLite's corruption codes to the typed, user-facing error; everything else is a bug or an
     * environment problem and keeps its cause as {@link StorageException}.
     */
    public static VaultException translate(Path file, SQLException e) {
        if (isCorruption(e)) {
            return new VaultCorruptException(VaultCorruptException.Part.DATABASE,
                    "SQLite reports: " + describe(e), e);
        }
        if (e instanceof SQLiteException se && (se.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
                return new ConstraintViolationException("The change refers to a record that does not exist"
                        + " (or removes one that others still refer to); nothing was saved.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                return new ConstraintViolationException("A record with the same key already exists; nothing was saved.", e);
            }
            return new ConstraintViolationException("The change breaks a data rule (" + code.name()
                    + "); nothing was saved.", e);
        }
        return new StorageException("The vault database could not be accessed: " + describe(e), e);
    }

    static boolean isCorruption(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code
                    || primary == SQLiteErrorCode.SQLITE_IOERR.code && code != SQLiteErrorCode.SQLITE_IOERR_NOMEM;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed");
    }

    private static String describe(SQLException e) {
        if (e instanceof SQLiteException se) {
            return se.getResultCode().message;
        }
        return String.valueOf(e.getMessage());
    }
}
