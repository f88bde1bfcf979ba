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

    @Test
    void theDemoClaimsHavePaymentsReserveMovementsACashCallAndARegistration() {
        java.util.Map<String, JsonNode> byUcr = new java.util.HashMap<>();
        for (JsonNode k : API.get("broker.alice", "/claims?limit=200").json().get("items")) {
            byUcr.putIfAbsent(k.get("ucr").asText(), k);
        }
        JsonNode bird = byUcr.get("UCR-HT-2027-0001");
        JsonNode excursion = byUcr.get("UCR-HT-2027-0002");
        assertThat(bird.get("payments")).hasSize(1);
        assertThat(excursion.get("payments")).hasSize(1);
        assertThat(bird.get("reserve").get("amount").asText()).isEqualTo("400000.00");
        assertThat(bird.path("registration").path("registrationNumber").asText()).matches("SHRC-\\d{4}-\\d{6}");
        assertThat(excursion.path("registration").isMissingNode()).isTrue();
        JsonNode moves = API.get("broker.alice", "/claims/" + excursion.get("id").asText() + "/reserve-movements").json().get("items");
        assertThat(moves).singleElement().satisfies(m -> assertThat(m.get("change").get("amount").asText()).isEqualTo("400000.00"));
        JsonNode calls = API.get("broker.alice", "/claims/" + excursion.get("id").asText() + "/cash-calls").json().get("items");
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.get("status").asText()).isEqualTo("PARTLY_PAID");
            assertThat(c.get("technicalAccountId").asText()).isEqualTo(excursion.get("payments").get(0).get("technicalAccountId").asText());
        });
        // China Re's finance sees its own share of the call only
        JsonNode own = API.get("chinare.finance", "/cash-calls/" + calls.get(0).get("id").asText()).json();
        assertThat(own.get("shares")).singleElement().satisfies(sh -> assertThat(sh.get("paid").asBoolean()).isTrue());
    }
}
