package io.redesk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExchangeClientOptionsTest {

    private static final String PIN = "sha256/" + "A".repeat(43) + "=";

    @Test
    void buildsWithDefaults() {
        ExchangeClientOptions o = ExchangeClientOptions.builder().baseUrl("https://exchange.example").build();
        assertThat(o.retryBudget()).isEqualTo(RetryBudget.DEFAULT);
        assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.certificatePins()).isEmpty();
    }

    @Test
    void requiresABaseUrl() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl");
    }

    @Test
    void rejectsANonHttpBaseUrl() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().baseUrl("ftp://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://x");
    }

    @Test
    void allowsPlainHttpOnlyOnLoopback() {
        assertThat(ExchangeClientOptions.builder().baseUrl("http://127.0.0.1:7070").build().baseUrl().port())
                .isEqualTo(7070);
        assertThat(ExchangeClientOptions.builder().baseUrl("http://localhost:7070").build()).isNotNull();
        assertThatThrownBy(() -> ExchangeClientOptions.builder().baseUrl("http://exchange.example").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("loopback");
    }

    @Test
    void rejectsPinsWithPlainHttp() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().baseUrl("http://127.0.0.1:1")
                .certificatePin(PIN).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
    }

    @Test
    void acceptsPinsAsOkHttpBase64OrHex() {
        ExchangeClientOptions o = ExchangeClientOptions.builder().baseUrl("https://x")
                .certificatePin(PIN)
                .certificatePin("AB:".repeat(31) + "AB")
                .build();
        assertThat(o.certificatePins()).hasSize(2);
    }

    @Test
    void rejectsAPinThatIsNotASha256() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().certificatePin("sha256/abcd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> ExchangeClientOptions.builder().certificatePin("not a pin!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a pin!");
    }

    @Test
    void rejectsNonPositiveTimeouts() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().readTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> ExchangeClientOptions.builder().connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }

    @Test
    void rejectsACallTimeoutShorterThanTheConnectTimeout() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().baseUrl("https://x")
                .connectTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("callTimeout");
    }

    @Test
    void rejectsAnInvalidRetryBudget() {
        assertThatThrownBy(() -> ExchangeClientOptions.builder().retry(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> ExchangeClientOptions.builder().retry(3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTotalTime");
    }

    @Test
    void optionsAreImmutableAfterBuild() {
        ExchangeClientOptions.Builder b = ExchangeClientOptions.builder().baseUrl("https://x");
        ExchangeClientOptions first = b.build();
        b.certificatePin(PIN);
        assertThat(first.certificatePins()).isEmpty();
        assertThat(first.toBuilder().build().baseUrl()).isEqualTo(first.baseUrl());
    }

    @Test
    void requestOptionsRejectHeaderInjection() {
        assertThatThrownBy(() -> RequestOptions.idempotencyKey("a\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
        assertThatThrownBy(() -> RequestOptions.idempotencyKey(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
