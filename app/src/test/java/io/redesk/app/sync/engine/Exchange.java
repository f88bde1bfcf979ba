package io.redesk.app.sync.engine;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.Seed;
import java.nio.file.Path;

/**
 * A real exchange for the sync tests: the in-process server with the demo market, plain HTTP on
 * loopback, stoppable and restartable on the same port and data (the exchange "going away").
 */
final class Exchange implements AutoCloseable {

    private final Path dataDir;
    private ExchangeServer server;
    private int port;

    Exchange(Path dataDir) {
        this.dataDir = dataDir;
        this.server = ExchangeServer.builder().dataDir(dataDir).port(0).plainHttp(true).seed(Seed.DEMO).start();
        this.port = server.port();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    void startAgain() {
        if (server == null) {
            server = ExchangeServer.builder().dataDir(dataDir).port(port).plainHttp(true).seed(Seed.DEMO).start();
        }
    }

    boolean running() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }
}
