package io.redesk.exchange.testing;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One demo-seeded exchange per test JVM, in plain HTTP on loopback, started on first use and stopped
 * when the JVM exits, on the engine of the run ({@link TestDatabases}). Starting and seeding costs seconds, so test classes share it; tests that change
 * shared state create their own placements. Tests that need a pristine server use {@link #fresh()}.
 */
public final class TestExchange {
    private static ExchangeServer shared;

    private TestExchange() {
    }

    public static synchronized ExchangeServer shared() {
        if (shared == null) {
            shared = fresh();
            ExchangeServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "test-exchange-stop"));
        }
        return shared;
    }

    /** A new demo-seeded server in a temporary directory; the caller closes it. */
    public static ExchangeServer fresh() {
        try {
            Path dir = Files.createTempDirectory("redesk-exchange-test");
            return ExchangeServer.builder().port(0).dataDir(dir).database(TestDatabases.forNewExchange()).seed(Seed.DEMO).plainHttp(true)
                    .loginLimits(5, 10_000, Duration.ofMinutes(5)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the shared server, validating every response against openapi.yaml. */
    public static ApiClient client() {
        return new ApiClient(shared().baseUri());
    }
}
