package io.redesk.store.vault;

import io.redesk.store.RecordIntegrityException;
import io.redesk.store.UnlockThrottledException;
import io.redesk.store.VaultCorruptException;
import io.redesk.store.VaultException;
import io.redesk.store.VaultLockedException;
import io.redesk.store.VaultNotFoundException;
import io.redesk.store.WrongPassphraseException;
import io.redesk.store.crypto.AuthenticationFailedException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KeyRing;
import io.redesk.store.crypto.KeyWrap;
import io.redesk.store.crypto.Nonces;
import io.redesk.store.db.Database;
import io.redesk.store.doc.Session;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.search.BlindIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One profile's encrypted vault. Obtained from {@link Vaults#create} (unlocked) or {@link Vaults#open}
 * (locked). Repositories are built over it ({@code new QuoteRepository(vault)}) and stay valid across
 * lock and unlock. Locking (by the user, or by {@link #lockIfIdle()} after the idle timeout) first
 * saves the "where the user was" state, then closes the database and zeroes every key array; unlocking
 * again re-derives the keys from the passphrase and hands back that state through
 * {@link #resumeState()}.
 */
public final class Vault implements SessionSource, AutoCloseable {

    static final String META_CHECK = "vault-check";
    static final String META_RESUME = "resume-state";

    /** Databases up to this size get a full {@code PRAGMA quick_check} on every unlock (about 50 ms). */
    static final long QUICK_CHECK_MAX_BYTES = 32L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);

    private final VaultLocation location;
    private final VaultOptions options;
    private final UnlockAttempts attempts;
    private volatile Session session;
    private volatile Instant lastActivity;
    private volatile Supplier<String> resumeStateProvider;
    private volatile Consumer<RecordIntegrityException> integrityListener;
    private ScheduledExecutorService idleWatch;
    private KeyFile keyFile;

    Vault(VaultLocation location, VaultOptions options, KeyFile keyFile) {
        this.location = location;
        this.options = options;
        this.keyFile = keyFile;
        this.attempts = new UnlockAttempts(location.attemptsFile());
    }

    public VaultLocation location() {
        return location;
    }

    public CryptoSuite suite() {
        return keyFile.suite();
    }

    public String vaultId() {
        return keyFile.vaultId();
    }

    public VaultOptions options() {
        return options;
    }

    public boolean isUnlocked() {
        Session s = session;
        return s != null && !s.isClosed();
    }

    /** The current session; counts as activity for the idle timer. */
    @Override
    public Session current() {
        Session s = session;
        if (s == null || s.isClosed()) {
            throw new VaultLockedException();
        }
        return s;
    }

    /**
     * Derives the key from the passphrase and opens the database. A wrong passphrase throws
     * {@link WrongPassphraseException} and writes nothing into the vault; after
     * {@value UnlockAttempts#FREE_ATTEMPTS} failures in a row further attempts are refused for a
     * doubling delay ({@link UnlockThrottledException}). The caller keeps and wipes the passphrase.
     */
    public synchronized void unlock(char[] passphrase) {
        if (isUnlocked()) {
            return;
        }
        if (!Files.exists(location.keyFile()) && !Files.exists(location.databaseFile())) {
            throw new VaultNotFoundException("No vault for profile '" + location.profile() + "'.");
        }
        KeyFile kf = KeyFile.read(location.keyFile());
        Instant now = options.clock().instant();
        UnlockAttempts.State st = attempts.read();
        if (now.isBefore(st.nextAllowed())) {
            throw new UnlockThrottledException(st.failures(), Duration.between(now, st.nextAllowed()));
        }
        byte[] dataKey;
        try {
            dataKey = KeyWrap.unwrap(kf.suite(), passphrase, kf.salt(), kf.kdf(), kf.vaultId(), kf.wrapped());
        } catch (AuthenticationFailedException e) {
            UnlockAttempts.State failed = attempts.recordFailure(now);
            LOG.info("Unlock of profile {} failed: wrong passphrase ({} in a row)", location.profile(), failed.failures());
            throw new WrongPassphraseException(failed.failures(), failed.delay());
        }
        if (st.failures() > 0) {
            attempts.reset();
        }
        this.keyFile = kf;
        openSession(new KeyRing(kf.suite(), dataKey));
    }

    /** Opens the database with an unwrapped key ring (also used right after create and restore). */
    synchronized void openSession(KeyRing ring) {
        Database db = null;
        try {
            Path dbFile = location.databaseFile();
            if (!Files.exists(dbFile)) {
                throw new VaultCorruptException(VaultCorruptException.Part.DATABASE, "the database file is missing", null);
            }
            SqliteFileCheck.check(dbFile);
            db = Database.open(dbFile);
            Session s = new Session(db, ring, options.clock(), this::touch, this::integrityFailure);
            if (Files.size(dbFile) <= QUICK_CHECK_MAX_BYTES) {
                quickCheck(db);
            }
            verifyBelongs(s);
            lastActivity = options.clock().instant();
            session = s;
        } catch (IOException e) {
            closeAfterFailure(db, ring);
            throw new VaultCorruptException(VaultCorruptException.Part.DATABASE, "it cannot be read", e);
        } catch (RuntimeException e) {
            closeAfterFailure(db, ring);
            throw e;
        }
    }

    /** Opens a database that {@link Vaults#create} is creating (no marker yet, nothing to check). */
    synchronized void openSessionForNewDatabase(KeyRing ring) {
        Database db = null;
        try {
            db = Database.open(location.databaseFile());
            session = new Session(db, ring, options.clock(), this::touch, this::integrityFailure);
            lastActivity = options.clock().instant();
        } catch (RuntimeException e) {
            closeAfterFailure(db, ring);
            throw e;
        }
    }

    private static void closeAfterFailure(Database db, KeyRing ring) {
        try {
            if (db != null) {
                db.close();
            }
        } catch (RuntimeException ignored) {
            // reporting the open failure matters more
        } finally {
            ring.wipe();
        }
    }

    private static void quickCheck(Database db) {
        String result = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA quick_check(1)"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "no result";
            }
        });
        if (!"ok".equals(result)) {
            throw new VaultCorruptException(VaultCorruptException.Part.DATABASE, "SQLite's integrity check failed", null);
        }
    }

    /** The database must carry this key file's vault id, sealed under its data key. */
    private void verifyBelongs(Session s) {
        Optional<byte[]> sealed = s.read(c -> Meta.get(c, META_CHECK));
        if (sealed.isEmpty()) {
            throw new VaultCorruptException(VaultCorruptException.Part.DATABASE, "its vault marker is missing", null);
        }
        try {
            byte[] id = s.cipher().open("vault_meta", META_CHECK, 1, sealed.get());
            if (!Arrays.equals(id, keyFile.vaultId().getBytes(StandardCharsets.UTF_8))) {
                throw new VaultCorruptException(VaultCorruptException.Part.DATABASE,
                        "it belongs to another vault", null);
            }
        } catch (RecordIntegrityException e) {
            throw new VaultCorruptException(VaultCorruptException.Part.DATABASE,
                    "it does not belong to this key file", e);
        }
    }

    /** Writes the vault marker into a freshly created database. */
    void writeMarker() {
        Session s = current();
        s.write(c -> {
            Meta.put(c, META_CHECK, s.cipher().seal("vault_meta", META_CHECK, 1,
                    keyFile.vaultId().getBytes(StandardCharsets.UTF_8)));
            return null;
        });
    }

    /** Saves the state blob (e.g. the open screen and record) that unlocking hands back; encrypted. */
    public void saveResumeState(String state) {
        putMeta(META_RESUME, state);
    }

    /** The state saved by {@link #saveResumeState} or by the provider when the vault last locked. */
    public Optional<String> resumeState() {
        return readMeta(META_RESUME);
    }

    /**
     * Saves a small named value of the app's (the last signed-in identity, the exchange tokens), sealed
     * like every record and bound to its name, so a value cannot be moved under another name. Names are
     * lower-case words with dots or dashes ({@code session.identity}); the vault's own names are refused.
     */
    public void saveValue(String name, String value) {
        java.util.Objects.requireNonNull(value, "value");
        putMeta(appName(name), value);
    }

    /** The value saved under {@code name} by {@link #saveValue}, if any. */
    public Optional<String> value(String name) {
        return readMeta(appName(name));
    }

    /** Forgets the value saved under {@code name} (nothing happens if there is none). */
    public void removeValue(String name) {
        String key = appName(name);
        current().write(c -> {
            Meta.remove(c, key);
            return null;
        });
    }

    /** App values live under their own prefix, apart from the vault's marker and resume state. */
    private static String appName(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9]*([.-][a-z0-9]+){0,7}") || name.length() > 64) {
            throw new IllegalArgumentException("a value name is lower-case words joined by dots or dashes: " + name);
        }
        return "app." + name;
    }

    private void putMeta(String key, String value) {
        Session s = current();
        s.write(c -> {
            Meta.put(c, key, s.cipher().seal("vault_meta", key, 1, value.getBytes(StandardCharsets.UTF_8)));
            return null;
        });
    }

    private Optional<String> readMeta(String key) {
        Session s = current();
        return s.read(c -> Meta.get(c, key))
                .map(b -> new String(s.cipher().open("vault_meta", key, 1, b), StandardCharsets.UTF_8));
    }

    /** Asked for the current "where the user was" state each time the vault locks (including idle lock). */
    public void setResumeStateProvider(Supplier<String> provider) {
        this.resumeStateProvider = provider;
    }

    /** Runs work in one transaction: repository writes and outbox rows inside commit together. */
    public <T> T transaction(Supplier<T> work) {
        return current().write(c -> work.get());
    }

    public void transaction(Runnable work) {
        current().write(c -> {
            work.run();
            return null;
        });
    }

    /** Wipes the keys and closes the database; repositories fail with {@link VaultLockedException} until unlocked. */
    public synchronized void lock() {
        Session s = session;
        if (s == null || s.isClosed()) {
            return;
        }
        Supplier<String> provider = resumeStateProvider;
        if (provider != null) {
            try {
                String state = provider.get();
                if (state != null) {
                    saveResumeState(state);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not save the resume state before locking: {}", e.getClass().getSimpleName());
            }
        }
        s.close();
        session = null;
        LOG.info("Vault for profile {} locked", location.profile());
    }

    /** Locks if nothing touched the vault for the idle timeout; returns whether it locked. */
    public boolean lockIfIdle() {
        Instant last = lastActivity;
        if (!isUnlocked() || last == null) {
            return false;
        }
        if (Duration.between(last, options.clock().instant()).compareTo(options.idleTimeout()) >= 0) {
            lock();
            return true;
        }
        return false;
    }

    /** Checks for idleness every {@code period} on a daemon thread until {@link #close()}. */
    public synchronized void startIdleWatch(Duration period) {
        if (idleWatch != null) {
            return;
        }
        idleWatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vault-idle-lock-" + location.profile());
            t.setDaemon(true);
            return t;
        });
        idleWatch.scheduleAtFixedRate(() -> {
            try {
                lockIfIdle();
            } catch (RuntimeException e) {
                LOG.warn("Idle lock check failed: {}", e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Called with every record a list query had to skip because it failed authentication (the app
     * shows it and offers a restore). The default listener logs table, id and kind, never content.
     */
    public void setIntegrityListener(Consumer<RecordIntegrityException> listener) {
        this.integrityListener = listener;
    }

    private void integrityFailure(RecordIntegrityException e) {
        LOG.warn("Skipped record {} in {}: {}", e.recordId(), e.table(), e.kind());
        Consumer<RecordIntegrityException> l = integrityListener;
        if (l != null) {
            l.accept(e);
        }
    }

    private void touch() {
        lastActivity = options.clock().instant();
    }

    /**
     * Re-wraps the data key under a new passphrase (fresh salt; the KDF cost of this vault's options).
     * Only {@code vault.key} is rewritten, atomically; no record is re-encrypted.
     */
    public synchronized void changePassphrase(char[] currentPassphrase, char[] newPassphrase) {
        Session s = current();
        if (newPassphrase.length == 0) {
            throw new IllegalArgumentException("the new passphrase must not be empty");
        }
        KeyFile kf = keyFile;
        byte[] check;
        try {
            check = KeyWrap.unwrap(kf.suite(), currentPassphrase, kf.salt(), kf.kdf(), kf.vaultId(), kf.wrapped());
        } catch (AuthenticationFailedException e) {
            throw new WrongPassphraseException(1, Duration.ZERO);
        }
        Arrays.fill(check, (byte) 0);
        byte[] salt = Nonces.randomBytes(16);
        KeyWrap.Wrapped w = KeyWrap.wrap(kf.suite(), newPassphrase, salt, options.kdfForNewKeys(), kf.vaultId(),
                s.keys().dataKey());
        KeyFile next = new KeyFile(KeyFile.FORMAT, kf.vaultId(), kf.suite(), options.kdfForNewKeys(), salt, w);
        try {
            next.write(location.keyFile());
        } catch (IOException e) {
            throw new io.redesk.store.db.StorageException("The new passphrase could not be saved; the old one still"
                    + " works", e);
        }
        keyFile = next;
    }

    /** Writes an encrypted, MAC-protected backup of the whole vault to one file. */
    public void backupTo(Path target) {
        Backups.write(this, current(), keyFile, target);
    }

    /** Decrypts every record of the given tables and reports the ones that fail (an on-demand integrity sweep). */
    public List<RecordIntegrityException> verifyRecords(List<io.redesk.store.doc.DocumentRepository<?>> repositories) {
        return Verification.sweep(repositories);
    }

    KeyFile keyFile() {
        return keyFile;
    }

    /** The live key ring, so tests can check its very arrays are zeroed after a lock. */
    KeyRing keyRingForTest() {
        return current().keys();
    }

    BlindIndex blindIndexForTest() {
        return current().blindIndex();
    }

    /** Locks and stops the idle watch. */
    @Override
    public synchronized void close() {
        if (idleWatch != null) {
            idleWatch.shutdownNow();
            idleWatch = null;
        }
        try {
            lock();
        } catch (VaultException e) {
            LOG.warn("Closing the vault: {}", e.getMessage());
        }
    }
}
