package io.redesk.app.sync.engine;

import io.redesk.sdk.Backoff;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RetryBudget;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Clients, vaults and engines for the sync tests: fast key derivation, short retry budgets. */
final class Clients {

    static final KdfParams FAST_KDF = new KdfParams(256, 1, 1);
    static final String PASSPHRASE = "sync test passphrase";
    static final RetryBudget SHORT_RETRIES = new RetryBudget(3, Duration.ofSeconds(3), Duration.ofMillis(5),
            Duration.ofMillis(50));

    private Clients() {
    }

    static ExchangeClient client(String baseUrl) {
        return ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(baseUrl).retryBudget(SHORT_RETRIES)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(15)).build());
    }

    /** Logs in, retrying through injected faults (a login is not an outbox change). */
    static ExchangeClient loggedIn(String baseUrl, String user) {
        ExchangeClient c = client(baseUrl);
        ExchangeException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                c.auth().login(user, DemoSeed.PASSWORD);
                return c;
            } catch (ExchangeException e) {
                last = e;
                sleep(20);
            }
        }
        throw last;
    }

    static VaultOptions vaultOptions() {
        return new VaultOptions(Clock.systemUTC(), Duration.ofHours(1), FAST_KDF);
    }

    static Vault vault(Path appData, String profile) {
        VaultLocation loc = new VaultLocation(appData, profile);
        if (Vaults.exists(loc)) {
            return Vaults.unlock(loc, PASSPHRASE.toCharArray(), vaultOptions());
        }
        return Vaults.create(loc, PASSPHRASE.toCharArray(), CryptoSuite.INTERNATIONAL, vaultOptions());
    }

    static SyncConfig fastConfig() {
        return SyncConfig.defaults().withBackoff(new Backoff(Duration.ofMillis(5), Duration.ofMillis(200)))
                .withInterval(Duration.ofMillis(200), Duration.ofMillis(100));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
