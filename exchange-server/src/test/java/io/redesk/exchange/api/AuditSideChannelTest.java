package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit view gives a reinsurer that only quoted nothing its placement view hides (issue 16 item 6): the
 * firm order's share and follower count and the signing factor are in the placement events' detail, which
 * only organisations with the whole placement read; the quote-only reinsurer gets those events redacted.
 */
class AuditSideChannelTest {
    private final ApiClient api = TestExchange.client();

    private List<JsonNode> eventsOf(String user, UUID placement) {
        List<JsonNode> out = new ArrayList<>();
        String since = null;
        while (true) {
            JsonNode page = api.get(user, "/audit-events?limit=1000" + (since == null ? "" : "&since=" + since)).json();
            for (JsonNode e : page.get("items")) {
                if (placement.toString().equals(e.path("entityId").asText())) {
                    out.add(e);
                }
            }
            since = page.get("nextCursor").asText();
            if (!page.get("hasMore").asBoolean()) {
                return out;
            }
        }
    }

    @Test
    void aQuoteOnlyReinsurerReadsNoFirmOrderOrSigningDetailInTheAuditLog() {
        UUID id = Fixtures.placement(PlacementStatus.SIGNED);
        List<String> brokerSees = eventsOf("broker.alice", id).stream().map(e -> e.path("detail").asText()).toList();
        assertThat(brokerSees).anyMatch(d -> d.contains("followers")).anyMatch(d -> d.contains("factor"));
        // Minor Mutual Re quoted on the inquiry but was not asked to follow: its placement view hides the firm order
        ApiClient.Reply reply = api.get("uw.minor", "/placements/" + id);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode view = reply.json();
        assertThat(view.path("firmOrder").path("orderShare").isMissingNode()).isTrue();
        for (JsonNode e : eventsOf("uw.minor", id)) {
            assertThat(e.path("detail").asText()).doesNotContain("followers").doesNotContain("factor").doesNotContain("order ");
        }
    }
}
