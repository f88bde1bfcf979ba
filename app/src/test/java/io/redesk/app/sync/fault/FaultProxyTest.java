package io.redesk.app.sync.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy's faults, each observed from both sides: what the client gets and how many times the
 * upstream server saw the request. The upstream is the JDK's own HTTP server answering with a body
 * large enough to be cut in half.
 */
class FaultProxyTest {

    private static final String ANSWER = "{\"ok\":true,\"padding\":\"" + "x".repeat(2_000) + "\"}";

    private HttpServer upstream;
    private final AtomicInteger seen = new AtomicInteger();
    private FaultProxy proxy;
    private OkHttpClient http;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        upstream.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            seen.incrementAndGet();
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        upstream.start();
        proxy = FaultProxy.start(upstream.getAddress().getPort(), FaultPlan.none());
        http = new OkHttpClient.Builder().retryOnConnectionFailure(false).callTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private String post() throws IOException {
        Request r = new Request.Builder().url(proxy.baseUrl() + "/placements?x=1")
                .post(RequestBody.create("{\"a\":1}", MediaType.get("application/json"))).build();
        try (Response resp = http.newCall(r).execute()) {
            return resp.code() + " " + resp.body().string();
        }
    }

    @Test
    void passesRequestsThroughUnchanged() throws IOException {
        assertThat(post()).isEqualTo("200 " + ANSWER);
        assertThat(seen).hasValue(1);
        assertThat(proxy.count(Fault.PASS)).isEqualTo(1);
    }

    @Test
    void dropBeforeRequestNeverReachesTheServer() {
        proxy.plan(FaultPlan.script(Fault.DROP_BEFORE_REQUEST));
        assertThatThrownBy(this::post).isInstanceOf(IOException.class);
        assertThat(seen).hasValue(0);
    }

    @Test
    void dropAfterRequestIsAppliedButTheAnswerIsLost() {
        proxy.plan(FaultPlan.script(Fault.DROP_AFTER_REQUEST));
        assertThatThrownBy(this::post).isInstanceOf(IOException.class);
        assertThat(seen).hasValue(1);
    }

    @Test
    void dropMidResponseCutsTheBodyAfterTheServerApplied() {
        proxy.plan(FaultPlan.script(Fault.DROP_MID_RESPONSE));
        assertThatThrownBy(this::post).isInstanceOf(IOException.class);
        assertThat(seen).hasValue(1);
    }

    @Test
    void injectedStatusesAnswerWithoutForwarding() throws IOException {
        proxy.plan(FaultPlan.script(Fault.BAD_GATEWAY_502, Fault.UNAVAILABLE_503, Fault.TOO_MANY_429));
        assertThat(post()).startsWith("502 ");
        assertThat(post()).startsWith("503 ");
        Request r = new Request.Builder().url(proxy.baseUrl() + "/x")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
        try (Response resp = http.newCall(r).execute()) {
            assertThat(resp.code()).isEqualTo(429);
            assertThat(resp.header("Retry-After")).isEqualTo("0");
            assertThat(resp.header("Content-Type")).isEqualTo("application/problem+json");
        }
        assertThat(seen).hasValue(0);
    }

    @Test
    void delayStillDelivers() throws IOException {
        proxy.maxDelay(Duration.ofMillis(30));
        proxy.plan(FaultPlan.script(Fault.DELAY));
        assertThat(post()).isEqualTo("200 " + ANSWER);
        assertThat(seen).hasValue(1);
    }

    @Test
    void duplicateSendsTheRequestTwice() throws IOException {
        proxy.plan(FaultPlan.script(Fault.DUPLICATE));
        assertThat(post()).isEqualTo("200 " + ANSWER);
        assertThat(seen).hasValue(2);
        assertThat(proxy.forwarded()).isEqualTo(2);
    }

    @Test
    void offlineRefusesAndOnlineServesAgain() throws IOException {
        proxy.offline(true);
        assertThatThrownBy(this::post).isInstanceOf(IOException.class);
        assertThat(proxy.refusedOffline()).isGreaterThanOrEqualTo(1);
        proxy.offline(false);
        assertThat(post()).isEqualTo("200 " + ANSWER);
        assertThat(seen).hasValue(1);
    }

    @Test
    void randomPlanRejectsProbabilitiesAboveOne() {
        assertThatThrownBy(() -> FaultPlan.random(1, Map.of(Fault.DELAY, 0.7, Fault.DUPLICATE, 0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to at most 1");
    }

    @Test
    void everyKindMixInjectsEachKind() throws IOException {
        proxy.maxDelay(Duration.ofMillis(2));
        proxy.plan(FaultPlan.everyKind(42, 0.8));
        for (int i = 0; i < 200; i++) {
            try {
                post();
            } catch (IOException expected) {
                // drops are part of the mix
            }
        }
        for (Fault f : Fault.values()) {
            assertThat(proxy.count(f)).as(f.name()).isPositive();
        }
    }
}
