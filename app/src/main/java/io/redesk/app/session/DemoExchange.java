package io.redesk.app.session;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in demo exchange: the real exchange server started in-process on 127.0.0.1 (plain HTTP,
 * which the server allows only on loopback), its data in the app-data folder, filled with the demo
 * market on first start. Used when no exchange URL is configured, so a new user can try every flow.
 */
public final class DemoExchange implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoExchange.class);

    /** Display name of the built-in exchange in the status bar. */
    public static final String NAME = "Demo exchange";

    private final ExchangeServer server;

    private DemoExchange(ExchangeServer server) {
        this.server = server;
    }

    /**
     * Starts (or reopens) the demo exchange whose data lives in {@code dataDir}. A fresh folder is filled
     * from the build's seeded template when the launcher names one ({@link DemoSeedTemplate}, under a
     * second); otherwise the exchange seeds the demo market live, which takes a few seconds.
     */
    public static DemoExchange start(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        DemoSeedTemplate.configured().ifPresent(zip -> {
            long t0 = System.nanoTime();
            if (DemoSeedTemplate.restoreIfFresh(zip, dataDir, java.time.Instant.now())) {
                LOG.info("demo exchange filled from the seeded template {} in {} ms", zip, (System.nanoTime() - t0) / 1_000_000);
            }
        });
        return startSeedingLive(dataDir);
    }

    /** Starts the demo exchange in {@code dataDir}, seeding an empty folder through the exchange's own API. */
    static DemoExchange startSeedingLive(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        Optional<Integer> last = lastPort(dataDir);
        ExchangeServer server;
        try {
            server = start(dataDir, last.orElse(0));
        } catch (RuntimeException taken) {
            if (last.isEmpty()) {
                throw taken;
            }
            LOG.info("the demo exchange's last port {} is not free ({}); it takes another", last.get(), taken.getMessage());
            server = start(dataDir, 0);
        }
        if (!last.equals(Optional.of(server.port()))) {
            try {
                Files.writeString(dataDir.resolve(PORT_FILE), Integer.toString(server.port()), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                LOG.warn("cannot note the demo exchange's port in {}: {}", dataDir, e.getMessage());
            }
        }
        LOG.info("built-in demo exchange listening on {}", server.baseUri());
        return new DemoExchange(server);
    }

    private static ExchangeServer start(Path dataDir, int port) {
        return ExchangeServer.builder()
                .host("127.0.0.1")
                .port(port)
                .dataDir(dataDir)
                .seed(Seed.DEMO)
                .plainHttp(true)
                .start();
    }

    static final String PORT_FILE = "port";

    /**
     * The port the demo exchange in {@code dataDir} listened on last (it takes the same one again when
     * free), so a returning user's desk can open before the demo is up: the client is pointed at it and
     * signs in once it answers (ADR 0951).
     */
    static Optional<Integer> lastPort(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(PORT_FILE), StandardCharsets.US_ASCII);
            if (!text.matches("[1-9][0-9]{0,4}")) {
                return Optional.empty();
            }
            int port = Integer.parseInt(text);
            return port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The demo exchange's URL if it starts on its last port again, e.g. {@code http://127.0.0.1:41234}. */
    static Optional<String> expectedUrl(Path dataDir) {
        return lastPort(dataDir).map(p -> "http://127.0.0.1:" + p);
    }

    /** e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return server.baseUri().toString();
    }

    /** The demo users offered as a pick list on the sign-in screen. */
    public static List<String> usernames() {
        return DemoSeed.usernames();
    }

    /** Who each demo user is (person, organisation, role), for the sign-in pick list. */
    public static List<DemoSeed.DemoUser> users() {
        return DemoSeed.users();
    }

    /** The shared demo password (demo data only, documented in the exchange's README). */
    public static String password() {
        return DemoSeed.PASSWORD;
    }

    @Override
    public void close() {
        server.close();
    }
}
