package io.redesk.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.auth.AuthService;
import io.redesk.sdk.auth.TokenManager;
import io.redesk.sdk.json.ExchangeJson;
import io.redesk.sdk.transport.CertificatePins;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The exchange API as Java: one client per exchange connection, one service per resource
 * ({@code client.auth()}, {@code client.placements()}, {@code client.quotes()}, ...). Thread-safe; share
 * one instance. Every call goes through one {@link RequestExecutor}, which fixes the idempotency key
 * per logical request, retries per {@link io.redesk.sdk.transport.RetryPolicy}, refreshes tokens, and
 * maps errors to {@link io.redesk.sdk.error.ExchangeException} subtypes.
 *
 * <pre>{@code
 * try (ExchangeClient client = ExchangeClient.create(ExchangeClientOptions.builder()
 *         .baseUrl("https://exchange.example:8443")
 *         .certificatePin("sha256/...")
 *         .build())) {
 *     client.auth().login("broker@example", password);
 *     Placement p = client.placements().get(id);
 * }
 * }</pre>
 */
public final class ExchangeClient implements AutoCloseable {

    private final ExchangeClientOptions options;
    private final OkHttpClient http;
    private final RequestExecutor executor;
    private final TokenManager tokens;
    private final AuthService auth;

    private ExchangeClient(ExchangeClientOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.http = buildHttp(options);
        ObjectMapper mapper = ExchangeJson.newMapper();
        this.tokens = new TokenManager(options.tokenStore(), options.clock());
        this.executor = new RequestExecutor(http, mapper, options, tokens);
        this.auth = AuthService.wire(executor, tokens);
    }

    public static ExchangeClient create(ExchangeClientOptions options) {
        return new ExchangeClient(options);
    }

    private static OkHttpClient buildHttp(ExchangeClientOptions o) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(o.connectTimeout())
                .readTimeout(o.readTimeout())
                .writeTimeout(o.readTimeout())
                .callTimeout(o.callTimeout())
                // the SDK's own policy retries (with the idempotency key); OkHttp must not resend on its own
                .retryOnConnectionFailure(false)
                .followRedirects(false);
        o.pins().ifPresent(pins -> b.sslSocketFactory(pins.sslContext().getSocketFactory(), pins.trustManager())
                .hostnameVerifier(pins.hostnameVerifier()));
        o.interceptors().forEach(b::addInterceptor);
        return b.build();
    }

    public ExchangeClientOptions options() {
        return options;
    }

    /** The transport seam: sends any {@link io.redesk.sdk.transport.ApiRequest} with the client's policy. */
    public RequestExecutor transport() {
        return executor;
    }

    /** Login, refresh, logout; the current tokens. */
    public AuthService auth() {
        return auth;
    }

    /** Pins in the form OkHttp and the exchange print them, for display in the connection settings. */
    public static String pinOf(java.security.cert.X509Certificate certificate) {
        return CertificatePins.pinOf(certificate);
    }

    /** Releases connections and threads; the client must not be used afterwards. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
