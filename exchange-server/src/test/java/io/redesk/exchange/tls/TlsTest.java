package io.redesk.exchange.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS is the default; the printed pin is the key the server presents, and survives restarts. */
class TlsTest {

    @Test
    void theServerPresentsTheCertificateWhosePinItReportsAndKeepsItAcrossRestarts(@TempDir Path dir) throws Exception {
        String pin;
        try (ExchangeServer s = ExchangeServer.builder().port(0).dataDir(dir).seed(Seed.NONE).start()) {
            assertThat(s.baseUri().getScheme()).isEqualTo("https");
            pin = s.certificatePin();
            assertThat(pinOfPresented(s.baseUri())).isEqualTo(pin);
        }
        try (ExchangeServer again = ExchangeServer.builder().port(0).dataDir(dir).seed(Seed.NONE).start()) {
            assertThat(again.certificatePin()).isEqualTo(pin);
        }
    }

    @Test
    void plainHttpIsRefusedOffLoopback(@TempDir Path dir) {
        assertThatThrownBy(() -> ExchangeServer.builder().host("0.0.0.0").port(0).dataDir(dir).plainHttp(true).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    /** Connects, captures the presented leaf certificate and returns its OkHttp-style pin. */
    private static String pinOfPresented(URI base) throws Exception {
        AtomicReference<X509Certificate> seen = new AtomicReference<>();
        TrustManager capture = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen.set(chain[0]);
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {capture}, null);
        HttpClient http = HttpClient.newBuilder().sslContext(ctx).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return "sha256/" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(seen.get().getPublicKey().getEncoded()));
    }
}
