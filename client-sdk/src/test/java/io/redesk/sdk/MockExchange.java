package io.redesk.sdk;

import io.redesk.sdk.transport.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for tests against a MockWebServer: a started server, and a client pointed at it that records
 * its retry waits instead of sleeping.
 */
public abstract class MockExchange {

    protected MockWebServer server;
    protected final List<Duration> waits = new CopyOnWriteArrayList<>();
    protected ExchangeClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = ExchangeClient.create(options().build());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    /** Options for {@link #client}; tests may tweak and create their own client. */
    protected ExchangeClientOptions.Builder options() {
        Sleeper recording = waits::add;
        return ExchangeClientOptions.builder()
                .baseUrl(server.url("/").toString())
                .connectTimeout(Duration.ofSeconds(2))
                // 1.5 s: a mock answer on a loaded 2-core CI machine took over 500 ms once (ErrorMappingTest got a
                // NetworkException); the slow-body test delays 2 s, still past it
                .readTimeout(Duration.ofMillis(1500))
                .callTimeout(Duration.ofSeconds(5))
                .retryBudget(new RetryBudget(4, Duration.ofSeconds(20), Duration.ofMillis(100), Duration.ofSeconds(1)))
                .jitter(() -> 0.5)
                .sleeper(recording);
    }

    protected RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("expected a request at the mock exchange");
        }
        return r;
    }
}
