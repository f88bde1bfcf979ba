package io.redesk.store.vault;

import io.redesk.store.VaultCorruptException;
import io.redesk.store.VaultExistsException;
import io.redesk.store.VaultNotFoundException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KeyRing;
import io.redesk.store.crypto.KeyWrap;
import io.redesk.store.crypto.Nonces;
import io.redesk.store.db.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry points: create a vault for a profile, open an existing one (locked), restore one from a
 * backup, destroy one.
 */
public final class Vaults {

    private static final Logger LOG = LoggerFactory.getLogger(Vaults.class);

    private Vaults() {
    }

    public static boolean exists(VaultLocation location) {
        return Files.exists(location.keyFile()) || Files.exists(location.databaseFile());
    }

    /**
     * Creates a new vault with a random 256-bit data key wrapped under the passphrase and returns it
     * unlocked. Refuses if the profile already has vault files (nothing is overwritten).
     */
    public static Vault create(VaultLocation location, char[] passphrase, CryptoSuite suite, VaultOptions options) {
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("the passphrase must not be empty");
        }
        if (exists(location)) {
            throw new VaultExistsException(location.profile());
        }
        try {
            Files.createDirectories(location.directory());
        } catch (IOException e) {
            throw new StorageException("The vault folder could not be created: " + e.getMessage(), e);
        }
        String vaultId = UUID.randomUUID().toString();
        byte[] dataKey = Nonces.randomBytes(KeyRing.DATA_KEY_BYTES);
        byte[] salt = Nonces.randomBytes(16);
        KeyWrap.Wrapped wrapped = KeyWrap.wrap(suite, passphrase, salt, options.kdfForNewKeys(), vaultId, dataKey);
        KeyFile kf = new KeyFile(KeyFile.FORMAT, vaultId, suite, options.kdfForNewKeys(), salt, wrapped);
        Vault vault = new Vault(location, options, kf);
        try {
            // Database first, key file last: a crash in between leaves no key file, and a later create
            // refuses (the database exists) instead of silently pairing files from two attempts.
            vault.openSessionForNewDatabase(new KeyRing(suite, dataKey));
            vault.writeMarker();
            kf.write(location.keyFile());
        } catch (IOException | RuntimeException e) {
            vault.close();
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StorageException("The vault could not be created: " + e.getMessage(), e);
        }
        LOG.info("Created {} vault for profile {}", suite, location.profile());
        return vault;
    }

    /** Returns the profile's vault, locked; {@link Vault#unlock} it with the passphrase. */
    public static Vault open(VaultLocation location, VaultOptions options) {
        if (!exists(location)) {
            throw new VaultNotFoundException("No vault for profile '" + location.profile() + "'.");
        }
        return new Vault(location, options, KeyFile.read(location.keyFile()));
    }

    /** Opens and unlocks in one call. */
    public static Vault unlock(VaultLocation location, char[] passphrase, VaultOptions options) {
        Vault v = open(location, options);
        v.unlock(passphrase);
        return v;
    }

    /**
     * Restores a backup into {@code target} (an existing profile or a fresh one) and returns it
     * unlocked with the passphrase that was current when the backup was made. The whole file is
     * verified before anything is written; existing vault files of the target are kept beside it,
     * renamed with a {@code .replaced-<time>} suffix, never deleted.
     */
    public static Vault restore(Path backupFile, VaultLocation target, char[] passphrase, VaultOptions options) {
        return Backups.restore(backupFile, target, passphrase, options);
    }

    /**
     * Deletes the profile's vault: the key file is overwritten before deletion (without it the
     * database is unreadable ciphertext), then the database, WAL and counters are removed. Close the
     * vault first. Backups are not touched: they still open with their passphrase.
     */
    public static void destroy(VaultLocation location) {
        try {
            Path key = location.keyFile();
            if (Files.exists(key)) {
                Files.write(key, new byte[(int) Math.max(1, Files.size(key))]);
            }
            for (Path p : List.of(key, location.databaseFile(), location.walFile(), location.sharedMemoryFile(),
                    location.attemptsFile())) {
                Files.deleteIfExists(p);
            }
            try (var rest = Files.list(location.directory())) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(location.directory());
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new StorageException("The vault could not be fully deleted: " + e.getMessage(), e);
        }
        LOG.info("Destroyed vault for profile {}", location.profile());
    }

    static VaultCorruptException corrupt(String detail) {
        return new VaultCorruptException(VaultCorruptException.Part.DATABASE, detail, null);
    }
}
