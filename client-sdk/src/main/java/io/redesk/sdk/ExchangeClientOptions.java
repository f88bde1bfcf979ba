package io.redesk.sdk;

import io.redesk.sdk.auth.InMemoryTokenStore;
import io.redesk.sdk.auth.TokenStore;
import io.redesk.sdk.transport.CertificatePins;
import io.redesk.sdk.transport.Sleeper;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Everything an {@link ExchangeClient} is configured with, fixed at build time. The builder validates
 * each value and the combination: an {@code http} base URL is only allowed for a loopback host (the
 * exchange's {@code --plain-http} mode exists for local tests only), and certificate pins need
 * {@code https}.
 */
public final class ExchangeClientOptions {

    private final HttpUrl baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final RetryBudget retryBudget;
    private final List<String> certificatePins;
    private final TokenStore tokenStore;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final List<Interceptor> interceptors;
    private final String userAgent;

    private ExchangeClientOptions(Builder b) {
        this.baseUrl = b.baseUrl;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.retryBudget = b.retryBudget;
        this.certificatePins = List.copyOf(b.certificatePins);
        this.tokenStore = b.tokenStore;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.jitter = b.jitter;
        this.interceptors = List.copyOf(b.interceptors);
        this.userAgent = b.userAgent;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.callTimeout = callTimeout;
        b.retryBudget = retryBudget;
        b.certificatePins.addAll(certificatePins);
        b.tokenStore = tokenStore;
        b.clock = clock;
        b.sleeper = sleeper;
        b.jitter = jitter;
        b.interceptors.addAll(interceptors);
        b.userAgent = userAgent;
        return b;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** Limit for one attempt, from connect to the last body byte. */
    public Duration callTimeout() {
        return callTimeout;
    }

    public RetryBudget retryBudget() {
        return retryBudget;
    }

    public List<String> certificatePins() {
        return certificatePins;
    }

    /** The pins parsed, when any are configured. */
    public Optional<CertificatePins> pins() {
        return certificatePins.isEmpty() ? Optional.empty() : Optional.of(CertificatePins.of(certificatePins));
    }

    public TokenStore tokenStore() {
        return tokenStore;
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public DoubleSupplier jitter() {
        return jitter;
    }

    public List<Interceptor> interceptors() {
        return interceptors;
    }

    public String userAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        return "ExchangeClientOptions[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", callTimeout=" + callTimeout + ", retryBudget=" + retryBudget + ", pins="
                + certificatePins.size() + "]";
    }

    /** Validating builder; {@link #build()} reports every missing or contradictory value. */
    public static final class Builder {
        private HttpUrl baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private RetryBudget retryBudget = RetryBudget.DEFAULT;
        private final List<String> certificatePins = new ArrayList<>();
        private TokenStore tokenStore = new InMemoryTokenStore();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private DoubleSupplier jitter = () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        private final List<Interceptor> interceptors = new ArrayList<>();
        private String userAgent = "redesk-sdk/0.1";

        private Builder() {
        }

        /** The exchange's root URL, e.g. {@code https://exchange.example:8443/} or {@code http://127.0.0.1:7070}. */
        public Builder baseUrl(String url) {
            Objects.requireNonNull(url, "baseUrl");
            HttpUrl parsed = HttpUrl.parse(url.trim());
            if (parsed == null) {
                throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + url);
            }
            if (parsed.query() != null || parsed.fragment() != null) {
                throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + url);
            }
            this.baseUrl = parsed;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /** Longest silence while reading a response; a slower body fails the attempt (and is retried). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive("readTimeout", timeout);
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive("callTimeout", timeout);
            return this;
        }

        public Builder retryBudget(RetryBudget budget) {
            this.retryBudget = Objects.requireNonNull(budget, "retryBudget");
            return this;
        }

        /** Shortcut: keep the default backoff, change attempts and total time. */
        public Builder retry(int maxAttempts, Duration maxTotalTime) {
            return retryBudget(new RetryBudget(maxAttempts, maxTotalTime, retryBudget.initialBackoff(),
                    retryBudget.maxBackoff()));
        }

        /**
         * Pins the exchange's certificate: SHA-256 of its SubjectPublicKeyInfo as printed by the exchange
         * ({@code sha256/BASE64}, base64 or hex). With pins, only matching certificates are trusted.
         */
        public Builder certificatePin(String pin) {
            CertificatePins.parse(pin);
            certificatePins.add(pin.trim());
            return this;
        }

        public Builder tokenStore(TokenStore store) {
            this.tokenStore = Objects.requireNonNull(store, "tokenStore");
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** How to wait between retries; {@link Sleeper#NONE} for tests. */
        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s, "sleeper");
            return this;
        }

        /** Tests: retry without waiting (the retry decisions stay the same). */
        public Builder noSleep() {
            return sleeper(Sleeper.NONE);
        }

        /** Source of uniform [0,1) numbers for backoff jitter; fix it in tests. */
        public Builder jitter(DoubleSupplier source) {
            this.jitter = Objects.requireNonNull(source, "jitter");
            return this;
        }

        /** Adds an OkHttp application interceptor (sees every attempt), e.g. a contract validator in tests. */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        public Builder userAgent(String agent) {
            Objects.requireNonNull(agent, "userAgent");
            if (agent.isBlank() || agent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("userAgent must be non-blank printable ASCII");
            }
            this.userAgent = agent;
            return this;
        }

        public ExchangeClientOptions build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (!baseUrl.isHttps()) {
                if (!isLoopback(baseUrl.host())) {
                    throw new IllegalStateException("plain http is only allowed to a loopback host (127.0.0.1, ::1,"
                            + " localhost); use https for " + baseUrl.host());
                }
                if (!certificatePins.isEmpty()) {
                    throw new IllegalStateException("certificate pins need an https baseUrl, got " + baseUrl);
                }
            }
            if (callTimeout.compareTo(connectTimeout) < 0) {
                throw new IllegalStateException("callTimeout (" + callTimeout + ") must not be shorter than"
                        + " connectTimeout (" + connectTimeout + ")");
            }
            return new ExchangeClientOptions(this);
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }

        static boolean isLoopback(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.equals("localhost")) {
                return true;
            }
            if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
                return false; // never resolve names here
            }
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
    }
}
