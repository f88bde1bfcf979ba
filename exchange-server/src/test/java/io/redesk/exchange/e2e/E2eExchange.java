package io.redesk.exchange.e2e;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real exchange started in-process (plain HTTP on loopback, demo seed, fresh data directory and database on
 * the run's engine, {@link io.redesk.exchange.testing.TestDatabases}) and SDK
 * clients signed in as the demo users, every response checked against the contract.
 */
final class E2eExchange implements AutoCloseable {

    final ExchangeServer server;
    final ContractCheck contract = new ContractCheck();
    private final Path dataDir;
    private final Map<String, ExchangeClient> clients = new ConcurrentHashMap<>();

    private E2eExchange(ExchangeServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static E2eExchange startDemo() {
        return start(b -> b);
    }

    /** Starts with the demo seed; {@code tweak} may change e.g. the clock or token lifetimes. */
    static E2eExchange start(UnaryOperator<ExchangeServer.Builder> tweak) {
        Path dir;
        try {
            dir = Files.createTempDirectory("redesk-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExchangeServer server = tweak.apply(ExchangeServer.builder().host("127.0.0.1").port(0).dataDir(dir)
                .database(io.redesk.exchange.testing.TestDatabases.forNewExchange())
                .seed(Seed.DEMO).plainHttp(true)).start();
        return new E2eExchange(server, dir);
    }

    /** Options for a client of this exchange, with the contract check; no sleeping between retries. */
    ExchangeClientOptions.Builder options() {
        return ExchangeClientOptions.builder()
                .baseUrl(server.baseUri().toString())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .addInterceptor(contract)
                .noSleep();
    }

    /** A client signed in as the demo user {@code username} (one per user, reused). */
    ExchangeClient as(String username) {
        return clients.computeIfAbsent(username, u -> {
            ExchangeClient c = ExchangeClient.create(options().build());
            c.auth().login(u, DemoSeed.PASSWORD);
            return c;
        });
    }

    /** A fresh client that is not signed in (closed by the caller). */
    ExchangeClient anonymous() {
        return ExchangeClient.create(options().build());
    }

    ExchangeClient anonymous(Clock clock) {
        return ExchangeClient.create(options().clock(clock).build());
    }

    @Override
    public void close() {
        clients.values().forEach(ExchangeClient::close);
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
