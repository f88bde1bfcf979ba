package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.TestExchange;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo seed tells a consistent story: a reinsurer that declined a placement's quote is never asked
 * to write a line on it (it is not a follower and has no line), so a demo user never sees Pudong Re
 * invited to follow a placement it declined.
 */
class DemoSeedStoryTest {

    private static final ApiClient API = TestExchange.client();

    @Test
    void noDemoPlacementHasALineFromAReinsurerThatDeclinedIt() {
        int checked = 0;
        int withDeclines = 0;
        for (JsonNode p : API.get("broker.alice", "/placements?limit=200").json().get("items")) {
            if (!p.path("umr").asText().startsWith("B0999HT2027")) {
                continue; // the seed's placements; other tests add their own to the shared exchange
            }
            checked++;
            String id = p.get("id").asText();
            Set<String> declined = new HashSet<>();
            for (JsonNode q : API.get("broker.alice", "/placements/" + id + "/quotes").json().get("items")) {
                if (q.get("status").asText().equals("DECLINED")) {
                    declined.add(q.get("reinsurerId").asText());
                }
            }
            if (declined.isEmpty()) {
                continue;
            }
            withDeclines++;
            for (JsonNode l : API.get("broker.alice", "/placements/" + id + "/lines").json().get("items")) {
                assertThat(declined).as("%s: a line from a reinsurer that declined it", p.get("umr").asText())
                        .doesNotContain(l.get("reinsurerId").asText());
            }
        }
        assertThat(checked).as("the seed's placements").isGreaterThanOrEqualTo(13);
        assertThat(withDeclines).as("placements with a decline, written or not").isGreaterThanOrEqualTo(5);
    }
}
