package io.redesk.sdk.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.error.NetworkException;
import java.time.Duration;
import java.util.HexFormat;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exchange's self-signed certificate is trusted exactly when it matches the pin. */
class CertificatePinningTest {

    private static final HeldCertificate EXCHANGE_CERT = new HeldCertificate.Builder()
            .commonName("redesk-exchange").addSubjectAlternativeName("127.0.0.1").ecdsa256().build();
    private static final HeldCertificate OTHER_CERT = new HeldCertificate.Builder()
            .commonName("impostor").ecdsa256().build();

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(EXCHANGE_CERT).build().sslSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExchangeClient pinnedTo(String pin) {
        return ExchangeClient.create(ExchangeClientOptions.builder()
                .baseUrl("https://127.0.0.1:" + server.getPort())
                .certificatePin(pin)
                .readTimeout(Duration.ofSeconds(2))
                .noSleep()
                .build());
    }

    @Test
    void trustsTheSelfSignedCertificateThatMatchesThePin() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
        try (ExchangeClient c = pinnedTo(CertificatePins.pinOf(EXCHANGE_CERT.certificate()))) {
            assertThat(c.transport().execute(ApiRequest.get("health").build(), JsonNode.class).body()
                    .get("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void acceptsThePinWrittenAsHex() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        String hex = HexFormat.ofDelimiter(":").formatHex(CertificatePins.spkiSha256(EXCHANGE_CERT.certificate()));
        try (ExchangeClient c = pinnedTo(hex)) {
            assertThat(c.transport().execute(ApiRequest.get("health").build(), JsonNode.class).status()).isEqualTo(200);
        }
    }

    @Test
    void rejectsACertificateThatDoesNotMatchThePinWithoutRetrying() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (ExchangeClient c = pinnedTo(CertificatePins.pinOf(OTHER_CERT.certificate()))) {
            assertThatThrownBy(() -> c.transport().execute(ApiRequest.post("placements").body("{}").build(),
                    JsonNode.class))
                    .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.code()).isEqualTo("TLS_FAILURE"));
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void withoutPinsASelfSignedCertificateIsNotTrusted() {
        try (ExchangeClient c = ExchangeClient.create(ExchangeClientOptions.builder()
                .baseUrl("https://127.0.0.1:" + server.getPort()).noSleep().build())) {
            assertThatThrownBy(() -> c.transport().execute(ApiRequest.get("health").build(), JsonNode.class))
                    .isInstanceOf(NetworkException.class);
        }
    }
}
