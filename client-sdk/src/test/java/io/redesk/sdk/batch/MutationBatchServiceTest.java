package io.redesk.sdk.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.MockExchange;
import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.batch.MutationBatchRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * The batch call against a mock exchange: the wire shape of the items, per-item outcomes read as the
 * single call's answer or exception, and a connection dropped in the middle of the answer retried with
 * the very same batch (same item keys and bytes), which is safe because every item is idempotent.
 */
class MutationBatchServiceTest extends MockExchange {

    private static final ObjectMapper JSON = WireJson.newMapper();
    private static final UUID P1 = UUID.fromString("3f6c2a1e-8b7d-4c5e-9f0a-1b2c3d4e5f60");
    private static final UUID Q1 = UUID.fromString("4a6c2a1e-8b7d-4c5e-9f0a-1b2c3d4e5f61");

    private static String answer() {
        return "{\"results\":["
                + "{\"id\":\"k-1\",\"status\":200,\"etag\":\"\\\"4\\\"\",\"replayed\":false,\"body\":{\"id\":\"" + P1
                + "\",\"version\":4,\"status\":\"SUBMITTED\"}},"
                + "{\"id\":\"k-2\",\"status\":412,\"etag\":\"\\\"7\\\"\",\"replayed\":false,\"body\":{\"type\":\"https://redesk.io/problems/version-mismatch\","
                + "\"title\":\"Version mismatch\",\"status\":412,\"code\":\"VERSION_MISMATCH\",\"detail\":\"at 7\",\"currentVersion\":7}},"
                + "{\"id\":\"k-3\",\"status\":424,\"replayed\":false,\"body\":{\"type\":\"https://redesk.io/problems/preceding-item-failed\","
                + "\"title\":\"Failed dependency\",\"status\":424,\"code\":\"PRECEDING_ITEM_FAILED\"}},"
                + "{\"id\":\"k-4\",\"status\":409,\"replayed\":true,\"body\":{\"type\":\"https://redesk.io/problems/illegal-transition\","
                + "\"title\":\"Conflict\",\"status\":409,\"code\":\"ILLEGAL_TRANSITION\",\"detail\":\"no\"}}]}";
    }

    private record Calls(BatchCall<Placement> transition, BatchCall<Quote> accept, BatchCall<Quote> decline,
                         BatchCall<Placement> cancel, MutationBatch batch) {
    }

    private Calls fourItems() {
        MutationBatch b = client.batches().newBatch();
        BatchCall<Placement> t = b.transition("k-1", "PLACEMENT:" + P1, P1, PlacementStatus.SUBMITTED, null, 3);
        BatchCall<Quote> a = b.acceptQuote("k-2", "QUOTE:" + Q1, Q1, 5);
        BatchCall<Quote> d = b.declineQuote("k-3", "QUOTE:" + Q1, Q1, "Outside appetite", 6);
        BatchCall<Placement> c = b.transition("k-4", "PLACEMENT:other", UUID.randomUUID(), PlacementStatus.CANCELLED,
                "withdrawn", 1);
        return new Calls(t, a, d, c, b);
    }

    @Test
    void itemsCarryTheSingleCallsPathIfMatchAndBodyUnderTheirOwnKeys() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(answer()).build());
        Calls calls = fourItems();

        client.batches().send(calls.batch());

        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/mutation-batches");
        JsonNode items = JSON.readTree(r.getBody().utf8()).get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("id").asText()).isEqualTo("k-1");
        assertThat(items.get(0).get("aggregate").asText()).isEqualTo("PLACEMENT:" + P1);
        assertThat(items.get(0).get("method").asText()).isEqualTo("POST");
        assertThat(items.get(0).get("path").asText()).isEqualTo("/placements/" + P1 + "/transitions");
        assertThat(items.get(0).get("ifMatch").asText()).isEqualTo("\"3\"");
        assertThat(items.get(0).get("body").get("to").asText()).isEqualTo("SUBMITTED");
        assertThat(items.get(1).get("path").asText()).isEqualTo("/quotes/" + Q1 + "/accept");
        assertThat(items.get(1).has("body")).isFalse();
        assertThat(items.get(2).get("body").get("reason").asText()).isEqualTo("Outside appetite");
    }

    @Test
    void eachItemIsReadAsItsSingleCallsAnswerOrException() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(answer()).build());
        Calls calls = fourItems();

        BatchOutcome out = client.batches().send(calls.batch());

        Placement p = out.result(calls.transition());
        assertThat(p.id()).isEqualTo(P1);
        assertThat(p.version()).isEqualTo(4);
        assertThatThrownBy(() -> out.result(calls.accept())).isInstanceOfSatisfying(PreconditionFailedException.class,
                e -> {
                    assertThat(e.currentVersion()).contains("7");
                    assertThat(e.code()).isEqualTo("VERSION_MISMATCH");
                });
        assertThat(out.skipped(calls.decline())).isTrue();
        assertThat(out.failure(calls.decline()).code()).isEqualTo("PRECEDING_ITEM_FAILED");
        assertThat(out.replayed(calls.cancel())).isTrue();
        assertThatThrownBy(() -> out.result(calls.cancel())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ILLEGAL_TRANSITION");
    }

    @Test
    void aConnectionDroppedMidAnswerResendsTheSameBatchBytesAndKeys() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(answer().substring(0, 120) + " ".repeat(64_000)).onResponseBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(answer()).build());
        Calls calls = fourItems();

        BatchOutcome out = client.batches().send(calls.batch());

        assertThat(out.result(calls.transition()).version()).isEqualTo(4);
        List<RecordedRequest> attempts = new ArrayList<>();
        attempts.add(take());
        attempts.add(take());
        assertThat(server.takeRequest(50, TimeUnit.MILLISECONDS)).as("no third attempt").isNull();
        assertThat(attempts.get(1).getBody().utf8()).isEqualTo(attempts.get(0).getBody().utf8());
        assertThat(JSON.readTree(attempts.get(1).getBody().utf8()).get("items").findValuesAsText("id"))
                .containsExactly("k-1", "k-2", "k-3", "k-4");
    }

    @Test
    void aWholeBatchRefusalIsTheBatchCallsException() throws Exception {
        server.enqueue(new MockResponse.Builder().code(413).addHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://redesk.io/problems/payload-too-large\",\"title\":\"Payload too large\","
                        + "\"status\":413,\"code\":\"PAYLOAD_TOO_LARGE\"}").build());
        assertThatThrownBy(() -> client.batches().send(fourItems().batch())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PAYLOAD_TOO_LARGE");
        take();
    }

    @Test
    void limitsAreCheckedBeforeAnythingIsSent() {
        MutationBatch b = client.batches().newBatch();
        for (int i = 0; i < MutationBatchRequest.MAX_ITEMS; i++) {
            b.acceptQuote("k-" + i, "QUOTE:" + i, Q1, 1);
        }
        assertThatThrownBy(() -> b.acceptQuote("k-x", "QUOTE:x", Q1, 1)).isInstanceOf(IllegalStateException.class);
        MutationBatch dup = client.batches().newBatch();
        dup.acceptQuote("same", "QUOTE:1", Q1, 1);
        assertThatThrownBy(() -> dup.acceptQuote("same", "QUOTE:2", Q1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.batches().send(client.batches().newBatch())).isInstanceOf(IllegalArgumentException.class);
        MutationBatch big = client.batches().newBatch();
        for (int i = 0; i < 40; i++) {
            big.declineQuote("k-" + i, "QUOTE:" + i, Q1, "x".repeat(8_000), 1);
        }
        assertThatThrownBy(() -> client.batches().send(big)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the limit");
        assertThat(server.getRequestCount()).isZero();
    }
}
