package io.redesk.store.doc;

import io.redesk.store.RecordIntegrityException;
import io.redesk.store.VaultLockedException;
import io.redesk.store.crypto.KeyRing;
import io.redesk.store.crypto.RecordCipher;
import io.redesk.store.db.Database;
import io.redesk.store.db.SqlWork;
import io.redesk.store.search.BlindIndex;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * One unlocked period of a vault: the open database, the key ring and the blind index's term cache.
 * Closing it (lock, idle lock) takes the database lock first, so no write is cut in half, then closes
 * the connection, wipes the term cache and the keys; any later call fails with
 * {@link VaultLockedException}.
 */
public final class Session {

    private final Database db;
    private final KeyRing keys;
    private final RecordCipher cipher;
    private final BlindIndex blindIndex;
    private final Clock clock;
    private final Runnable onActivity;
    private final Consumer<RecordIntegrityException> integrityListener;
    private volatile boolean closed;

    public Session(Database db, KeyRing keys, Clock clock, Runnable onActivity,
                   Consumer<RecordIntegrityException> integrityListener) {
        this.integrityListener = integrityListener;
        this.db = db;
        this.keys = keys;
        this.cipher = new RecordCipher(keys.suite(), keys.records());
        this.blindIndex = new BlindIndex(keys.blindIndex(), db);
        db.setTransactionListener(blindIndex);
        this.clock = clock;
        this.onActivity = onActivity;
    }

    public <T> T write(SqlWork<T> work) {
        db.lock().lock();
        try {
            checkOpen();
            onActivity.run();
            return db.inTransaction(work);
        } finally {
            db.lock().unlock();
        }
    }

    public <T> T read(SqlWork<T> work) {
        db.lock().lock();
        try {
            checkOpen();
            onActivity.run();
            return db.read(work);
        } finally {
            db.lock().unlock();
        }
    }

    /**
     * The database's cached statement for {@code sql}; only inside {@link #read} / {@link #write}
     * work (see {@link Database#prepared}).
     */
    public PreparedStatement prepared(String sql) throws SQLException {
        return db.prepared(sql);
    }

    /** A list query skipped a record that failed authentication: tell the vault's listener. */
    public void reportIntegrityFailure(RecordIntegrityException e) {
        integrityListener.accept(e);
    }

    public RecordCipher cipher() {
        return cipher;
    }

    public BlindIndex blindIndex() {
        return blindIndex;
    }

    public KeyRing keys() {
        return keys;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return db;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the database and wipes the keys, after any in-flight work has finished. */
    public void close() {
        db.lock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                db.close();
            } finally {
                try {
                    blindIndex.wipe();
                } finally {
                    keys.wipe();
                }
            }
        } finally {
            db.lock().unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new VaultLockedException();
        }
    }
}
