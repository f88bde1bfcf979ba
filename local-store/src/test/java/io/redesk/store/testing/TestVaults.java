package io.redesk.store.testing;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.nio.file.Path;
import java.time.Duration;

/** Vaults for tests: a cheap Argon2 cost (the default cost has its own test and benchmark). */
public final class TestVaults {

    public static final KdfParams FAST_KDF = new KdfParams(256, 1, 1);
    public static final String PASSPHRASE = "correct horse battery staple";

    private TestVaults() {
    }

    public static VaultOptions options(MutableClock clock) {
        return new VaultOptions(clock, Duration.ofMinutes(5), FAST_KDF);
    }

    public static VaultOptions options() {
        return options(MutableClock.startingAt("2026-11-27T09:00:00Z"));
    }

    public static Vault create(Path appData, CryptoSuite suite) {
        return Vaults.create(new VaultLocation(appData, "alice"), PASSPHRASE.toCharArray(), suite, options());
    }

    public static Vault create(Path appData, CryptoSuite suite, VaultOptions options) {
        return Vaults.create(new VaultLocation(appData, "alice"), PASSPHRASE.toCharArray(), suite, options);
    }
}
