package io.redesk.app.testing;

import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.ExchangeSettings;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.VaultOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real exchange (the built-in demo server, demo seed, plain HTTP on 127.0.0.1) shared by every
 * test in the JVM: starting it hashes the demo password and seeds placements, which is worth doing
 * once. Tests create their own placements, so they do not depend on each other's data.
 */
public final class TestExchange {

    private static DemoExchange exchange;

    private TestExchange() {
    }

    /** The running exchange, started on first use and stopped when the JVM exits. */
    public static synchronized DemoExchange get() {
        if (exchange == null) {
            try {
                Path dir = Files.createTempDirectory("redesk-test-exchange");
                exchange = DemoExchange.start(dir);
                DemoExchange started = exchange;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-exchange-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return exchange;
    }

    /** Settings pointing the app at the shared exchange. */
    public static ExchangeSettings settings() {
        return ExchangeSettings.configured(get().baseUrl(), null);
    }

    /** Writes the shared exchange into {@code home}'s exchange settings, as the settings page would. */
    public static void configure(Path home) {
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("exchange.properties"), "exchange.url=" + get().baseUrl() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vault options with the lightest KDF the vault accepts: tests create many vaults. */
    public static VaultOptions fastVaults() {
        return VaultOptions.defaults().withKdf(new KdfParams(KdfParams.MIN_MEMORY_KIB, 1, 1));
    }
}
