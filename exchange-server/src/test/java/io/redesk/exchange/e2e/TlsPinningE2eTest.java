package io.redesk.exchange.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.Seed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.error.NetworkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange in its default TLS mode with its generated self-signed certificate: the SDK pinned to the
 * pin the exchange reports trusts exactly that certificate; any other pin, or no pin, is refused.
 */
class TlsPinningE2eTest {

    private static Path dir;
    private static ExchangeServer server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("redesk-e2e-tls-");
        server = ExchangeServer.builder().host("127.0.0.1").port(0).dataDir(dir).seed(Seed.NONE).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static ExchangeClient pinned(String pin) {
        return ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(server.baseUri().toString())
                .certificatePin(pin).noSleep().build());
    }

    @Test
    void theReportedPinIsTrusted() {
        assertThat(server.baseUri().getScheme()).isEqualTo("https");
        try (ExchangeClient c = pinned(server.certificatePin())) {
            assertThat(c.meta().health().status()).isNotBlank();
        }
    }

    @Test
    void anyOtherPinIsRefused() {
        byte[] other = Base64.getDecoder().decode(server.certificatePin().substring("sha256/".length()));
        other[0] ^= 1;
        try (ExchangeClient c = pinned("sha256/" + Base64.getEncoder().encodeToString(other))) {
            assertThatThrownBy(() -> c.meta().health()).isInstanceOfSatisfying(NetworkException.class,
                    e -> assertThat(e.code()).isEqualTo("TLS_FAILURE"));
        }
    }

    @Test
    void withoutAPinTheSelfSignedCertificateIsRefused() {
        try (ExchangeClient c = ExchangeClient.create(ExchangeClientOptions.builder()
                .baseUrl(server.baseUri().toString()).noSleep().build())) {
            assertThatThrownBy(() -> c.meta().health()).isInstanceOf(NetworkException.class);
        }
    }
}
