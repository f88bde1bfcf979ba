package io.redesk.sdk.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.MockExchange;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.error.RateLimitedException;
import io.redesk.sdk.error.ServerException;
import io.redesk.sdk.error.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * One logical request is applied once however the network fails: every attempt carries the same
 * idempotency key (and the same body), so the exchange can deduplicate; the caller sees one result.
 */
class FaultToleranceTest extends MockExchange {

    private static final String CREATED = "{\"id\":\"p-1\",\"status\":\"DRAFT\"}";

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private ApiResponse<JsonNode> createPlacement() {
        return client.transport().execute(ApiRequest.post("placements")
                .body(Map.of("umr", "B0999ABC2026")).build(), JsonNode.class);
    }

    private List<RecordedRequest> takeAll(int n) throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(take());
        }
        assertThat(server.takeRequest(50, TimeUnit.MILLISECONDS)).as("no further attempt").isNull();
        return all;
    }

    private static void assertOneLogicalRequest(List<RecordedRequest> attempts) {
        String key = attempts.get(0).getHeaders().get("Idempotency-Key");
        assertThat(key).isNotBlank();
        assertThat(attempts).allSatisfy(r -> {
            assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo(key);
            assertThat(r.getBody().utf8()).isEqualTo(attempts.get(0).getBody().utf8());
            assertThat(r.getHeaders().get("X-Request-Id")).isEqualTo(attempts.get(0).getHeaders().get("X-Request-Id"));
        });
    }

    @Test
    void disconnectDuringTheResponseBodyIsRetriedWithTheSameIdempotencyKey() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":\"p-1\",\"status\":\"DRA" + "x".repeat(64_000))
                .onResponseBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(json(201, CREATED));

        ApiResponse<JsonNode> r = createPlacement();

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("id").asText()).isEqualTo("p-1");
        assertOneLogicalRequest(takeAll(2));
    }

    @Test
    void aReplayedOutcomeIsFlagged() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("Idempotent-Replayed", "true").body(CREATED)
                .build());
        assertThat(createPlacement().replayed()).isTrue();
        takeAll(1);
    }

    @Test
    void serviceUnavailableThenOkIsRetriedOnceWithTheSameKey() throws Exception {
        server.enqueue(json(503, "{\"code\":\"unavailable\"}"));
        server.enqueue(json(201, CREATED));

        assertThat(createPlacement().body().get("id").asText()).isEqualTo("p-1");
        assertOneLogicalRequest(takeAll(2));
        assertThat(waits).containsExactly(Duration.ofMillis(50)); // 0.5 jitter of the 100 ms base
    }

    @Test
    void tooManyRequestsObeysRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .addHeader("Content-Type", "application/problem+json")
                .body("{\"status\":429,\"code\":\"rate_limited\"}").build());
        server.enqueue(json(201, CREATED));

        assertThat(createPlacement().status()).isEqualTo(201);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertOneLogicalRequest(takeAll(2));
    }

    @Test
    void tooManyRequestsBeyondTheTimeBudgetIsReportedWithTheServersWait() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").body("").build());

        assertThatThrownBy(this::createPlacement).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofHours(1));
            assertThat(e.status()).isEqualTo(429);
        });
        assertThat(waits).isEmpty();
        takeAll(1);
    }

    @Test
    void aBodySlowerThanTheReadTimeoutIsRetriedWithTheSameKey() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).body(CREATED).bodyDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(json(201, CREATED));

        assertThat(createPlacement().body().get("status").asText()).isEqualTo("DRAFT");
        assertOneLogicalRequest(takeAll(2));
    }

    @Test
    void persistentFailureEndsAfterTheAttemptBudgetWithTheLastError() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(502, "{\"code\":\"bad_gateway\",\"detail\":\"upstream\"}"));
        }
        assertThatThrownBy(this::createPlacement).isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isEqualTo("bad_gateway");
        });
        assertOneLogicalRequest(takeAll(4));
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void aConnectionThatNeverAnswersEndsAsNetworkException() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        }
        assertThatThrownBy(this::createPlacement).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.status()).isZero());
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void clientErrorsAreNeverRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(422).addHeader("Content-Type", "application/problem+json")
                .body("{\"status\":422,\"code\":\"validation_failed\",\"field\":\"umr\"}").build());

        assertThatThrownBy(this::createPlacement).isInstanceOf(ValidationException.class);
        takeAll(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void requestTimeoutIsRetried() throws Exception {
        server.enqueue(json(408, "{}"));
        server.enqueue(json(201, CREATED));
        assertThat(createPlacement().status()).isEqualTo(201);
        assertOneLogicalRequest(takeAll(2));
    }

    @Test
    void eachLogicalRequestGetsItsOwnKey() throws Exception {
        server.enqueue(json(201, CREATED));
        server.enqueue(json(201, CREATED));
        createPlacement();
        createPlacement();
        List<RecordedRequest> two = takeAll(2);
        assertThat(two.get(0).getHeaders().get("Idempotency-Key"))
                .isNotEqualTo(two.get(1).getHeaders().get("Idempotency-Key"));
    }

    @Test
    void aCallerSuppliedKeyIsSentOnEveryAttempt() throws Exception {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(201, CREATED));
        client.transport().execute(ApiRequest.post("placements").body(Map.of("umr", "X"))
                .options(RequestOptions.idempotencyKey("outbox-42")).build(), JsonNode.class);
        assertThat(takeAll(2)).allSatisfy(r ->
                assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo("outbox-42"));
    }

    @Test
    void readsCarryNoIdempotencyKeyAndAreRetriedToo() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"id\":\"p-1\"}"));
        client.transport().execute(ApiRequest.get("placements", "p-1").build(), JsonNode.class);
        assertThat(takeAll(2)).allSatisfy(r -> {
            assertThat(r.getHeaders().get("Idempotency-Key")).isNull();
            assertThat(r.getMethod()).isEqualTo("GET");
        });
    }

    @Test
    void withoutSleepingTheRealClockIsNotSpent() throws Exception {
        try (ExchangeClient fast = ExchangeClient.create(options().noSleep()
                .retryBudget(new io.redesk.sdk.RetryBudget(3, Duration.ofSeconds(60), Duration.ofSeconds(10),
                        Duration.ofSeconds(20))).build())) {
            server.enqueue(json(503, "{}"));
            server.enqueue(json(201, CREATED));
            long t0 = System.nanoTime();
            fast.transport().execute(ApiRequest.post("placements").body(Map.of()).build(), JsonNode.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
        }
        takeAll(2);
    }

    @Test
    void pathSegmentsAreEncodedSoAnIdCannotChangeThePath() throws Exception {
        server.enqueue(json(200, "{}"));
        client.transport().execute(ApiRequest.get("placements", "../users").build(), JsonNode.class);
        assertThat(take().getUrl().encodedPath()).isEqualTo("/placements/..%2Fusers");
    }
}
