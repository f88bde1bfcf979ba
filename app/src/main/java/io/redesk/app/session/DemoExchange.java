package io.redesk.app.session;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import java.nio.file.Path;
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
        ExchangeServer server = ExchangeServer.builder()
                .host("127.0.0.1")
                .port(0)
                .dataDir(dataDir)
                .seed(Seed.DEMO)
                .plainHttp(true)
                .start();
        LOG.info("built-in demo exchange listening on {}", server.baseUri());
        return new DemoExchange(server);
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
