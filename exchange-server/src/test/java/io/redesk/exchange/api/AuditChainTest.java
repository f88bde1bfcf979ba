package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A client verifies the audit chain with only what the API gives it, following openapi.yaml's recipe. */
class AuditChainTest {
    private final ApiClient api = TestExchange.client();

    @ParameterizedTest
    @ValueSource(strings = {"broker.alice", "uw.pudong", "ops.admin", "broker.bob"})
    void everyCallerCanVerifyTheWholeChain(String user) throws Exception {
        Fixtures.placement(PlacementStatus.SUBMITTED);
        List<JsonNode> events = chain(user);
        assertThat(events).hasSizeGreaterThan(10);
        String prev = "0".repeat(64);
        long seq = 0;
        for (JsonNode e : events) {
            assertThat(e.get("seq").asLong()).isEqualTo(++seq);
            assertThat(e.get("prevHash").asText()).isEqualTo(prev);
            if (!e.get("redacted").asBoolean()) {
                String content = String.join("\n", t(e, "actorUserId"), t(e, "actorOrganisationId"), t(e, "action"), t(e, "entityType"),
                        t(e, "entityId"), t(e, "detail"));
                assertThat(sha256(content)).isEqualTo(e.get("contentDigest").asText());
            }
            String hash = sha256(prev + "\n" + e.get("seq").asLong() + "\n" + e.get("occurredAt").asText() + "\n" + e.get("contentDigest").asText());
            assertThat(e.get("hash").asText()).isEqualTo(hash);
            prev = hash;
        }
    }

    @Test
    void otherOrganisationsEventsAreRedactedButStillChained() {
        Fixtures.placement(PlacementStatus.SUBMITTED);
        List<JsonNode> bob = chain("broker.bob");
        List<JsonNode> alice = chain("broker.alice");
        assertThat(bob).anyMatch(e -> e.get("redacted").asBoolean() && !e.has("action"));
        for (int i = 0; i < Math.min(bob.size(), alice.size()); i++) {
            assertThat(bob.get(i).get("hash")).isEqualTo(alice.get(i).get("hash"));
        }
        assertThat(alice).anyMatch(e -> "PLACEMENT_CREATED".equals(t(e, "action")));
    }

    private List<JsonNode> chain(String user) {
        List<JsonNode> out = new ArrayList<>();
        String since = null;
        while (true) {
            JsonNode page = api.get(user, "/audit-events?limit=1000" + (since == null ? "" : "&since=" + since)).json();
            page.get("items").forEach(out::add);
            since = page.get("nextCursor").asText();
            if (!page.get("hasMore").asBoolean()) {
                return out;
            }
        }
    }

    private static String t(JsonNode e, String f) {
        return e.has(f) ? e.get(f).asText() : "";
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
