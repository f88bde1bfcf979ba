package io.redesk.app.sync.engine;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RetryBudget;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The engine with a real vault (fast KDF) and a real SDK client whose exchange is not there (a loopback
 * port nobody listens on, no retries): what the engine does offline, shared by the offline engine tests.
 */
final class OfflineEngine implements AutoCloseable {

    final Vault vault;
    final ExchangeClient client;
    final SyncEngine engine;

    OfflineEngine(Path dir) {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        vault = Vaults.create(new VaultLocation(dir, "u"), "pw".toCharArray(), CryptoSuite.INTERNATIONAL,
                new VaultOptions(Clock.systemUTC(), Duration.ofHours(1), new KdfParams(256, 1, 1)));
        client = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl("http://127.0.0.1:" + deadPort)
                .retryBudget(RetryBudget.NONE).build());
        engine = new SyncEngine(vault, client, SyncConfig.defaults());
    }

    @Override
    public void close() {
        engine.close();
        vault.close();
        client.close();
    }
}
