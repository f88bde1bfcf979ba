package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Large answers (feed pages, lists) are gzip-compressed for a client that accepts it; a mutation's
 * answer (one document) is sent as it is, which costs neither side a compression.
 */
class ResponseCompressionTest {
    private final ApiClient api = TestExchange.client();
    private final URI base = TestExchange.shared().baseUri();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFeedPageIsCompressed() throws Exception {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(base.resolve("/changes?limit=1000"))
                .header("Authorization", "Bearer " + api.token("broker.alice"))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] json = gunzip(page.body());
        assertThat(json.length).isGreaterThan(8 * 1024);
        assertThat(WireJson.newMapper().readTree(json).get("items").size()).isPositive();
    }

    @Test
    void aMutationAnswerIsSentUncompressed() throws Exception {
        byte[] body = WireJson.newMapper().writeValueAsBytes(new PlacementCreateRequest("Plain answer", DemoSeed.DONGFANG,
                null, DemoPlacements.slip(Fixtures.umr())));
        HttpResponse<byte[]> created = http.send(HttpRequest.newBuilder(base.resolve("/placements"))
                .header("Authorization", "Bearer " + api.token("broker.alice"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .header("Accept-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(WireJson.newMapper().readTree(created.body()).get("title").asText()).isEqualTo("Plain answer");
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
