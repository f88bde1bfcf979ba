package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.exchange.ExchangeServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health announces the newest desktop client when the operator says so (issue 14; Health.client in the contract). */
class ClientAnnouncementTest {

    @TempDir
    Path dir;

    private String health(ExchangeServer.Builder b) throws Exception {
        try (ExchangeServer x = b.host("127.0.0.1").port(0).dataDir(dir.resolve("d" + System.nanoTime())).plainHttp(true).start()) {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(x.baseUri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    @Test
    void healthCarriesTheAnnouncementOnlyWhenThereIsOne() throws Exception {
        assertThat(health(ExchangeServer.builder().announceClient("0.2.0", "https://downloads.example.com/redesk/")))
                .contains("\"client\":{\"latestVersion\":\"0.2.0\",\"downloadUrl\":\"https://downloads.example.com/redesk/\"}");
        assertThat(health(ExchangeServer.builder())).doesNotContain("client");
    }

    @Test
    void aMalformedVersionOrLinkIsRefusedAtStartNotAnnounced() {
        for (String v : new String[] {"0.2", "v0.2.0", "0.2.0\n", " 0.2.0", ""}) {
            if (v.equals("0.2")) {
                ExchangeServer.builder().announceClient(v, "https://x.example/"); // two numbers are a version
                continue;
            }
            assertThatThrownBy(() -> ExchangeServer.builder().announceClient(v, "https://x.example/")).as(v)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String url : new String[] {"downloads/redesk", "ftp://x.example/", "https://", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> ExchangeServer.builder().announceClient("0.2.0", url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(URI.create("https://x.example/")).isNotNull();
    }
}
