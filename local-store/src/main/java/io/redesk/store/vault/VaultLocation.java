package io.redesk.store.vault;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one profile's vault lives: {@code <appData>/vaults/<profile>/} holding {@code vault.db} (and
 * SQLite's {@code -wal}/{@code -shm}), {@code vault.key} (wrapped data key and KDF parameters) and
 * {@code unlock-attempts} (the persisted wrong-passphrase backoff, kept outside the vault so a failed
 * unlock writes nothing into it).
 */
public record VaultLocation(Path appDataDir, String profile) {

    public VaultLocation {
        Objects.requireNonNull(appDataDir, "appDataDir");
        Objects.requireNonNull(profile, "profile");
        if (!profile.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") || profile.contains("..")) {
            throw new IllegalArgumentException("profile name must be 1-64 letters, digits, '.', '_' or '-'"
                    + " and start with a letter or digit: '" + profile + "'");
        }
    }

    public Path directory() {
        return appDataDir.resolve("vaults").resolve(profile);
    }

    public Path databaseFile() {
        return directory().resolve("vault.db");
    }

    public Path walFile() {
        return directory().resolve("vault.db-wal");
    }

    public Path sharedMemoryFile() {
        return directory().resolve("vault.db-shm");
    }

    public Path keyFile() {
        return directory().resolve("vault.key");
    }

    public Path attemptsFile() {
        return directory().resolve("unlock-attempts");
    }
}
