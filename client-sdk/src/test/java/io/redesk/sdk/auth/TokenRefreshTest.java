package io.redesk.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.MockExchange;
import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.transport.ApiRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TokenRefreshTest extends MockExchange {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static String tokenJson(String access, String refresh) {
        return "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh
                + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900,\"refreshExpiresIn\":86400}";
    }

    /** A fake exchange: "old-access" is expired, refreshing hands out "new-access". */
    private final class RefreshingExchange extends Dispatcher {
        final AtomicInteger refreshes = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.equals("/auth/refresh")) {
                refreshes.incrementAndGet();
                try {
                    Thread.sleep(100); // let concurrent callers pile up behind the refresh
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new MockResponse.Builder().code(200).body(tokenJson("new-access", "new-refresh")).build();
            }
            if ("Bearer new-access".equals(request.getHeaders().get("Authorization"))) {
                return new MockResponse.Builder().code(200).body("{\"ok\":true}").build();
            }
            rejected.incrementAndGet();
            return new MockResponse.Builder().code(401).addHeader("Content-Type", "application/problem+json")
                    .body("{\"status\":401,\"code\":\"token_expired\"}").build();
        }
    }

    private ExchangeClient clientWith(TokenStore store) {
        return ExchangeClient.create(options().clock(clock).tokenStore(store).build());
    }

    private static TokenStore storeWith(Instant accessExpiry) {
        TokenStore store = new InMemoryTokenStore();
        store.save(new Tokens("old-access", accessExpiry, "old-refresh", NOW.plusSeconds(3600)));
        return store;
    }

    @Test
    void loginStoresTokensAndLaterCallsSendTheBearerToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(tokenJson("a1", "r1")).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        Tokens t;
        try (ExchangeClient c = clientWith(new InMemoryTokenStore())) {
            t = c.auth().login("broker@demo", "s3cret-pass");
            c.transport().execute(ApiRequest.get("me").build(), JsonNode.class);
        }

        assertThat(t.accessToken()).isEqualTo("a1");
        assertThat(t.toString()).doesNotContain("a1", "r1");
        RecordedRequest login = take();
        assertThat(login.getHeaders().get("Authorization")).isNull();
        assertThat(login.getBody().utf8()).contains("broker@demo");
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer a1");
    }

    @Test
    void aTokenResponseWithoutAnAccessTokenIsReportedAsInvalid() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"refreshToken\":\"x\"}").build());
        assertThatThrownBy(() -> client.auth().login("broker@demo", "pw"))
                .isInstanceOfSatisfying(io.redesk.sdk.error.ExchangeException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_RESPONSE"));
        assertThat(client.auth().current()).isEmpty();
    }

    @Test
    void a401WithAnExpiredTokenRefreshesOnceAndReplaysTheRequestWithTheSameKey() throws Exception {
        RefreshingExchange exchange = new RefreshingExchange();
        server.setDispatcher(exchange);
        // the client's clock still thinks the token is valid: only the server's 401 reveals it expired
        TokenStore store = storeWith(NOW.plusSeconds(60));
        try (ExchangeClient c = clientWith(store)) {
            JsonNode body = c.transport().execute(ApiRequest.post("placements").body(Map.of("a", 1)).build(),
                    JsonNode.class).body();
            assertThat(body.get("ok").asBoolean()).isTrue();
        }
        assertThat(exchange.refreshes).hasValue(1);
        assertThat(store.load()).get().extracting(Tokens::accessToken).isEqualTo("new-access");
        RecordedRequest first = take();
        RecordedRequest refresh = take();
        RecordedRequest replay = take();
        assertThat(refresh.getUrl().encodedPath()).isEqualTo("/auth/refresh");
        assertThat(refresh.getBody().utf8()).contains("old-refresh");
        assertThat(replay.getHeaders().get("Idempotency-Key")).isEqualTo(first.getHeaders().get("Idempotency-Key"));
        assertThat(replay.getHeaders().get("Authorization")).isEqualTo("Bearer new-access");
    }

    @Test
    void aTokenExpiredByTheClockIsRefreshedBeforeSending() throws Exception {
        RefreshingExchange exchange = new RefreshingExchange();
        server.setDispatcher(exchange);
        try (ExchangeClient c = clientWith(storeWith(NOW.minusSeconds(1)))) {
            c.transport().execute(ApiRequest.get("me").build(), JsonNode.class);
        }
        assertThat(exchange.refreshes).hasValue(1);
        assertThat(exchange.rejected).hasValue(0);
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        RefreshingExchange exchange = new RefreshingExchange();
        server.setDispatcher(exchange);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (ExchangeClient c = clientWith(storeWith(NOW.plusSeconds(60)))) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return c.transport().execute(ApiRequest.get("me").build(), JsonNode.class).body();
                }));
            }
            go.countDown();
            for (Future<JsonNode> f : results) {
                assertThat(f.get().get("ok").asBoolean()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(exchange.refreshes).hasValue(1);
    }

    @Test
    void aRejectedRefreshSignsOutAndReportsAuthentication() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"code\":\"token_expired\"}").build());
        server.enqueue(new MockResponse.Builder().code(401).body("{\"code\":\"refresh_token_invalid\"}").build());
        TokenStore store = storeWith(NOW.plusSeconds(60));
        try (ExchangeClient c = clientWith(store)) {
            assertThatThrownBy(() -> c.transport().execute(ApiRequest.get("me").build(), JsonNode.class))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.code()).isEqualTo("refresh_token_invalid"));
        }
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aSecond401AfterTheReplayIsNotRefreshedAgain() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(401).body("{\"code\":\"unauthorized\"}").build());
        }
        server.enqueue(new MockResponse.Builder().code(200).body(tokenJson("new-access", "r2")).build());
        // order: request(401) -> refresh(200) -> replay(401) -> give up
        server.setDispatcher(new Dispatcher() {
            final AtomicInteger n = new AtomicInteger();

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/auth/refresh")) {
                    n.incrementAndGet();
                    return new MockResponse.Builder().code(200).body(tokenJson("new-access", "r2")).build();
                }
                return new MockResponse.Builder().code(401).body("{\"code\":\"unauthorized\"}").build();
            }
        });
        try (ExchangeClient c = clientWith(storeWith(NOW.plusSeconds(60)))) {
            assertThatThrownBy(() -> c.transport().execute(ApiRequest.get("me").build(), JsonNode.class))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void logsNeverContainTokensPasswordsOrPayloads() {
        Logger root = (Logger) LoggerFactory.getLogger("io.redesk.sdk");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        Level before = root.getLevel();
        root.setLevel(Level.TRACE);
        try {
            RefreshingExchange exchange = new RefreshingExchange();
            server.setDispatcher(exchange);
            try (ExchangeClient c = clientWith(storeWith(NOW.plusSeconds(60)))) {
                c.transport().execute(ApiRequest.post("placements").body(Map.of("secretTerm", "premium-42"))
                        .build(), JsonNode.class);
            }
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("old-access", "new-access", "old-refresh", "new-refresh", "premium-42", "secretTerm"));
    }
}
