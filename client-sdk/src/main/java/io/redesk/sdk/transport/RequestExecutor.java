package io.redesk.sdk.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.auth.TokenManager;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.error.Problem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical request with retries: the transport seam every service goes through.
 *
 * <p>Per logical request it fixes, once, the idempotency key (mutating methods), the request id and the
 * serialised body, so every attempt is byte-for-byte the same request and the exchange applies it at
 * most once. Each attempt reads the whole body before deciding, so a connection cut mid-body is a
 * retryable failure, not a half-parsed result. On a 401 to an authenticated request it refreshes the
 * tokens (shared among concurrent callers) and replays once. Logs carry method, path, status, timing and
 * request id; never headers, tokens, query strings or bodies.
 */
public final class RequestExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestExecutor.class);
    private static final MediaType JSON = MediaType.get("application/json");

    /** Header names of the exchange API (DESIGN.md §4). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REQUEST_ID = "X-Request-Id";

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final ExchangeClientOptions options;
    private final TokenManager tokens;
    private final ProblemParser problems;

    public RequestExecutor(OkHttpClient http, ObjectMapper mapper, ExchangeClientOptions options,
            TokenManager tokens) {
        this.http = http;
        this.mapper = mapper;
        this.options = options;
        this.tokens = tokens;
        this.problems = new ProblemParser(mapper);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The exception a call answered with {@code status} and {@code problemBody} throws: the same mapping
     * as a real response (a batch item's result is read with it).
     */
    public ExchangeException errorFor(String what, int status, byte[] problemBody, String etag) {
        return ErrorMapper.map(what, status, problems.parse(problemBody), null, null, etag);
    }

    public <T> ApiResponse<T> execute(ApiRequest request, Class<T> responseType) {
        return execute(request, mapper.getTypeFactory().constructType(responseType));
    }

    /** Sends the request (retrying per the policy) and decodes a 2xx body as {@code responseType}. */
    public <T> ApiResponse<T> execute(ApiRequest request, JavaType responseType) {
        String what = request.describe();
        String idempotencyKey = request.method().mutating()
                ? request.options().idempotencyKey().orElseGet(() -> UUID.randomUUID().toString())
                : null;
        String requestId = request.options().requestId().orElseGet(() -> UUID.randomUUID().toString());
        byte[] body = serialise(request, what, requestId);
        HttpUrl url = url(request);

        boolean replayedAfterRefresh = false;
        long started = System.nanoTime();
        long slept = 0;
        Duration waited = Duration.ZERO;
        int attempt = 0;
        while (true) {
            attempt++;
            String accessToken = request.authenticated() ? tokens.accessTokenForRequest().orElse(null) : null;
            Request httpRequest = build(request, url, body, idempotencyKey, requestId, accessToken);
            Failure failure;
            ExchangeException error;
            Throwable cause = null;
            long t0 = System.nanoTime();
            try (Response response = http.newCall(httpRequest).execute()) {
                ResponseBody rb = response.body();
                byte[] bytes = rb.bytes(); // read fully: a cut-off body must fail this attempt, not parse half
                int status = response.code();
                String serverRequestId = Optional.ofNullable(response.header(REQUEST_ID)).orElse(requestId);
                LOG.debug("{} -> {} in {} ms (attempt {}, request id {})", what, status,
                        (System.nanoTime() - t0) / 1_000_000, attempt, serverRequestId);
                if (status >= 200 && status < 300) {
                    return new ApiResponse<>(status, decode(bytes, responseType, what, status, serverRequestId),
                            response.header("ETag"), serverRequestId, response.header("Location"),
                            "true".equalsIgnoreCase(response.header("Idempotent-Replayed")));
                }
                Problem problem = problems.parse(bytes);
                Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), options.clock());
                error = ErrorMapper.map(what, status, problem, serverRequestId, retryAfter, response.header("ETag"));
                if (status == 401 && accessToken != null && !replayedAfterRefresh) {
                    replayedAfterRefresh = true;
                    if (tokens.refreshReplacing(accessToken)) {
                        LOG.debug("{} replayed once with a refreshed access token", what);
                        attempt--; // the replay is not a retry: it does not spend the retry budget
                        continue;
                    }
                }
                failure = new Failure.Http(status, retryAfter);
            } catch (IOException e) {
                cause = e;
                boolean fatal = isFatalTls(e);
                failure = fatal ? new Failure.Fatal(e.getClass().getSimpleName()) : new Failure.Connection(
                        e.getClass().getSimpleName());
                error = new NetworkException(fatal ? "TLS_FAILURE" : (isTimeout(e) ? "TIMEOUT" : "CONNECTION_FAILED"),
                        requestId, what + " failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
                LOG.debug("{} attempt {} failed: {}", what, attempt, e.getClass().getSimpleName());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started - slept).plus(waited);
            RetryDecision decision = RetryPolicy.decide(options.retryBudget(), attempt, failure, elapsed,
                    nextJitter());
            if (!decision.retry()) {
                if (attempt > 1) {
                    LOG.info("{} gave up after {} attempts: {}", what, attempt, decision.reason());
                }
                throw error;
            }
            LOG.info("{} attempt {} failed ({}); retrying, {}", what, attempt, describe(failure), decision.reason());
            long s0 = System.nanoTime();
            try {
                options.sleeper().sleep(decision.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NetworkException("INTERRUPTED", requestId, what + " interrupted while waiting to retry",
                        cause == null ? e : cause);
            }
            slept += System.nanoTime() - s0;
            waited = waited.plus(decision.delay());
        }
    }

    private double nextJitter() {
        double j = options.jitter().getAsDouble();
        return j >= 0 && j < 1 ? j : 0.5;
    }

    private static String describe(Failure failure) {
        if (failure instanceof Failure.Http h) {
            return "status " + h.status();
        }
        if (failure instanceof Failure.Connection c) {
            return c.reason();
        }
        return failure.toString();
    }

    private byte[] serialise(ApiRequest request, String what, String requestId) {
        if (request.body() == null) {
            return null;
        }
        if (request.body() instanceof JsonBytes raw) {
            return raw.bytes();
        }
        try {
            return mapper.writeValueAsBytes(request.body());
        } catch (JsonProcessingException e) {
            throw new ExchangeException(0, "UNSERIALISABLE_REQUEST", requestId, null,
                    what + ": request body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T decode(byte[] bytes, JavaType type, String what, int status, String requestId) {
        if (type.getRawClass() == Void.class || bytes.length == 0) {
            return null;
        }
        if (type.getRawClass() == String.class) {
            @SuppressWarnings("unchecked")
            T text = (T) new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            return text;
        }
        if (type.getRawClass() == byte[].class) {
            @SuppressWarnings("unchecked")
            T raw = (T) bytes;
            return raw;
        }
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new ExchangeException(status, "INVALID_RESPONSE", requestId, null,
                    what + " -> " + status + " with a body that does not match " + type.getRawClass().getSimpleName()
                            + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private HttpUrl url(ApiRequest request) {
        HttpUrl.Builder b = options.baseUrl().newBuilder();
        for (String segment : request.segments()) {
            b.addPathSegment(segment);
        }
        for (Map.Entry<String, String> q : request.query().entrySet()) {
            b.addQueryParameter(q.getKey(), q.getValue());
        }
        return b.build();
    }

    private Request build(ApiRequest request, HttpUrl url, byte[] body, String idempotencyKey, String requestId,
            String accessToken) {
        Request.Builder b = new Request.Builder().url(url)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", options.userAgent())
                .header(REQUEST_ID, requestId);
        if (idempotencyKey != null) {
            b.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        request.options().ifMatchValue().ifPresent(v -> b.header("If-Match", quoteEtag(v)));
        if (accessToken != null) {
            b.header("Authorization", "Bearer " + accessToken);
        }
        RequestBody rb = body != null ? RequestBody.create(body, JSON)
                : request.method().mutating() ? RequestBody.create(new byte[0], JSON) : null;
        b.method(request.method().name(), request.method() == HttpMethod.DELETE && body == null ? null : rb);
        return b.build();
    }

    static String quoteEtag(String v) {
        return v.startsWith("\"") || v.startsWith("W/\"") ? v : "\"" + v + "\"";
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof InterruptedIOException;
    }

    /** A certificate that does not match the pin (or is otherwise untrusted) will not change on retry. */
    static boolean isFatalTls(IOException e) {
        if (e instanceof SSLPeerUnverifiedException) {
            return true;
        }
        if (e instanceof SSLHandshakeException) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateException) {
                    return true;
                }
            }
        }
        return false;
    }

}
