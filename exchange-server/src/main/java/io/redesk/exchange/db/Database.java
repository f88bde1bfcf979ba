package io.redesk.exchange.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's database, SQLite or PostgreSQL, behind one API: {@link #read} runs a read on a handle
 * that sees the last commit; {@link #write} runs a write transaction that is the only writer while it
 * runs, so everything it appends to the audit chain and the change feed takes the next positions and no
 * reader ever sees a later position before an earlier one (ADR 0403).
 *
 * <ul>
 *   <li>SQLite (embedded, WAL): one write connection behind a lock (SQLite serialises writers anyway) and a
 *       small pool of read-only connections, statements prepared once per connection.</li>
 *   <li>PostgreSQL (HikariCP): any number of exchange instances; a write transaction first takes the row
 *       lock of the {@code writer} row in {@code counters}, which serialises the writers of every
 *       instance in the database itself, held until commit or rollback; a transaction the server aborts
 *       as a deadlock (40P01) or serialisation failure (40001) is retried from the start.</li>
 * </ul>
 *
 * Schema changes are Flyway migrations: {@code db/migration/common} (both engines) plus
 * {@code db/migration/sqlite} or {@code db/migration/postgresql} (only what must differ).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Attempts of one write transaction the server aborted as a deadlock or serialisation failure. */
    static final int WRITE_ATTEMPTS = 8;

    /** Work on a handle. Jdbi reports database failures as unchecked {@link JdbiException}s. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Handle h);
    }

    private final Engine engine;
    private final Jdbi reads;
    private final Jdbi writes;
    private final AutoCloseable resources;
    /** SQLite only: the one writer. */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    /** SQLite only: the write version, moved after every write transaction (one process owns the file). */
    private final java.util.concurrent.atomic.AtomicLong sqliteVersion = new java.util.concurrent.atomic.AtomicLong();

    /** PostgreSQL only: the write version, read for groups of concurrent requests (ADR 0404). */
    private final VersionProbe versionProbe;

    private Database(Engine engine, Jdbi reads, Jdbi writes, AutoCloseable resources) {
        this.engine = engine;
        this.reads = reads;
        this.writes = writes;
        this.resources = resources;
        this.versionProbe = new VersionProbe(() -> read(h -> h.select(WRITE_VERSION).mapTo(Long.class).one()));
    }

    private static final String WRITE_VERSION = "SELECT value FROM counters WHERE name = 'writer'";

    /** Opens (creating if needed) {@code exchange.db} in the directory, owner-only, and migrates it. */
    public static Database open(Path dataDir, int readers) {
        return open(DatabaseConfig.sqlite(), dataDir, readers);
    }

    /** Opens the configured database and migrates it; {@code dataDir} holds the SQLite file. */
    public static Database open(DatabaseConfig config, Path dataDir, int readers) {
        return config.engine() == Engine.SQLITE ? openSqlite(dataDir, readers) : openPostgresql(config);
    }

    public Engine engine() {
        return engine;
    }

    // ---------------------------------------------------------------- SQLite

    private static Database openSqlite(Path dataDir, int readers) {
        Path file = dataDir.resolve("exchange.db").toAbsolutePath();
        ownerOnlyFile(file);
        String url = "jdbc:sqlite:" + file;
        migrate(Flyway.configure().dataSource(url, null, null), Engine.SQLITE);
        CachingStatements statements = new CachingStatements();
        SqlitePool pool;
        try {
            pool = new SqlitePool(url, readers, statements);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database in " + dataDir, e);
        }
        Jdbi reads = configure(Jdbi.create(pool.readers()), statements);
        Jdbi writes = configure(Jdbi.create(pool.writer()), statements);
        LOG.info("database ready: SQLite at {}", file);
        return new Database(Engine.SQLITE, reads, writes, pool);
    }

    /**
     * Creates the file with mode 0600 before SQLite does (SQLite gives its -wal and -shm files the mode of
     * the database file), and narrows an existing file from before the rule.
     */
    private static void ownerOnlyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                }
            } else if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database file " + file, e);
        }
    }

    /** One write connection and a queue of read-only ones. */
    private static final class SqlitePool implements AutoCloseable {
        private final String url;
        private final CachingStatements statements;
        private final Connection writer;
        private final BlockingQueue<Connection> idleReaders;
        private final Connection[] allReaders;

        SqlitePool(String url, int readers, CachingStatements statements) throws SQLException {
            this.url = url;
            this.statements = statements;
            this.writer = connect(false);
            this.idleReaders = new ArrayBlockingQueue<>(readers);
            this.allReaders = new Connection[readers];
            for (int i = 0; i < readers; i++) {
                allReaders[i] = connect(true);
                idleReaders.add(allReaders[i]);
            }
        }

        private Connection connect(boolean readOnly) throws SQLException {
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
                if (readOnly) {
                    s.execute("PRAGMA query_only=1");
                }
            }
            return c;
        }

        /** The writer, lent under the database's write lock; closing the handle keeps it open. */
        ConnectionFactory writer() {
            return new ConnectionFactory() {
                @Override
                public Connection openConnection() {
                    return writer;
                }

                @Override
                public void closeConnection(Connection c) {
                    // kept for the next write
                }
            };
        }

        /** A read connection from the queue for as long as its handle is open. */
        ConnectionFactory readers() {
            return new ConnectionFactory() {
                @Override
                public Connection openConnection() throws SQLException {
                    Connection c;
                    try {
                        c = idleReaders.poll(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted waiting for a database connection", e);
                    }
                    if (c == null) {
                        throw new SQLException("no database connection free for 10 s");
                    }
                    return c;
                }

                @Override
                public void closeConnection(Connection c) {
                    idleReaders.add(c);
                }
            };
        }

        @Override
        public void close() {
            closeQuietly(writer);
            for (Connection c : allReaders) {
                closeQuietly(c);
            }
        }

        private void closeQuietly(Connection c) {
            try {
                statements.forget(c);
                c.close();
            } catch (SQLException e) {
                LOG.warn("closing a connection failed", e);
            }
        }
    }

    // ---------------------------------------------------------------- PostgreSQL

    private static Database openPostgresql(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(2, config.poolSize()));
        hc.setPoolName("exchange-" + config.name());
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(10_000);
        hc.addDataSourceProperty("ApplicationName", "redesk-exchange");
        hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            migrate(Flyway.configure().dataSource(ds), Engine.POSTGRESQL);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        Jdbi jdbi = configure(Jdbi.create(ds), null);
        LOG.info("database ready: {}", config);
        return new Database(Engine.POSTGRESQL, jdbi, jdbi, ds);
    }

    // ---------------------------------------------------------------- both

    private static void migrate(org.flywaydb.core.api.configuration.FluentConfiguration flyway, Engine engine) {
        flyway.locations(engine.migrationLocations().toArray(String[]::new)).load().migrate();
    }

    private static Jdbi configure(Jdbi jdbi, CachingStatements statements) {
        jdbi.installPlugin(new SqlObjectPlugin());
        // ids are stored as text and flags as 0/1 on both engines (one schema, one set of statements)
        jdbi.registerArgument(new AbstractArgumentFactory<UUID>(Types.VARCHAR) {
            @Override
            protected Argument build(UUID value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, value.toString());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Boolean>(Types.INTEGER) {
            @Override
            protected Argument build(Boolean value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setInt(position, value ? 1 : 0);
            }
        });
        if (statements != null) {
            jdbi.setStatementBuilderFactory(statements);
        }
        return jdbi;
    }

    /** Runs a read on a handle that sees the last commit (no transaction: each statement reads committed data). */
    public <T> T read(Work<T> work) {
        try (Handle h = reads.open()) {
            return work.run(h);
        }
    }

    /** Work that reads at a known write version. */
    @FunctionalInterface
    public interface VersionedWork<T> {
        /** @param h a handle opened on first use, see {@link #readAtVersion} */
        T run(LazyHandle h, long version);
    }

    /** A read handle opened only when a statement needs it (a read answered from memory needs none). */
    public interface LazyHandle {
        Handle get();
    }

    /**
     * Runs a read knowing the database's write version: a number that moves with every write transaction
     * of every instance (on PostgreSQL the {@code writer} row each write updates; on SQLite a counter of
     * this process, the only writer of its file), read before {@code work} runs. Equal versions mean no
     * write committed in between, which lets a caller reuse what it computed at that version.
     */
    public <T> T readAtVersion(VersionedWork<T> work) {
        // SQLite: this process's counter. PostgreSQL: a version read after this request arrived, shared with
        // the requests that arrived with it (ADR 0404). Either way the work opens a handle only if it is not
        // answered from memory.
        long version = engine == Engine.SQLITE ? sqliteVersion.get() : versionProbe.current();
        Handle[] opened = {null};
        try {
            return work.run(() -> opened[0] != null ? opened[0] : (opened[0] = reads.open()), version);
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /**
     * Runs {@code work} in a write transaction: commits on return, rolls back on any exception (which
     * propagates). While it runs no other write transaction of any instance does; on PostgreSQL, a
     * transaction the server aborts as a deadlock or serialisation failure runs again from the start,
     * so {@code work} must do nothing outside the database that it could not do twice.
     */
    public <T> T write(Work<T> work) {
        if (engine == Engine.SQLITE) {
            writeLock.lock();
            try {
                return writes.inTransaction(work::run);
            } finally {
                sqliteVersion.incrementAndGet(); // after the commit (or rollback): readers at the old version recompute
                writeLock.unlock();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return writes.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
                    // the serialising lock: held until this transaction commits or rolls back
                    h.execute("UPDATE counters SET value = value + 1 WHERE name = 'writer'");
                    return work.run(h);
                });
            } catch (JdbiException e) {
                String state = sqlState(e);
                if (attempt >= WRITE_ATTEMPTS || !("40001".equals(state) || "40P01".equals(state))) {
                    throw e;
                }
                LOG.info("write transaction aborted by the database ({}), attempt {} of {}", state, attempt, WRITE_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** True when a short query answers (readiness). */
    public boolean ready() {
        try {
            return read(h -> h.select(WRITE_VERSION).mapTo(Long.class).findOne().isPresent());
        } catch (RuntimeException e) {
            LOG.warn("database not ready: {}", e.toString());
            return false;
        }
    }

    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between write attempts", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing the database failed", e);
        } finally {
            writeLock.unlock();
        }
    }
}
