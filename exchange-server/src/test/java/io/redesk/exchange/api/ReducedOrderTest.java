package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.domain.money.Share;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.signing.SigningCloseRequest;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After REDUCE_ORDER the slip states the reduced order; the preview's factor is 1 unless lines are signed down. */
class ReducedOrderTest {
    private static final String BROKER = "broker.alice";
    private final ApiClient api = TestExchange.client();

    @Test
    void aReducedOrderIsTheSlipsOrderAndNoFactorIsShownForIt() {
        UUID id = Fixtures.placement(PlacementStatus.FIRM_ORDER);
        String lines = "/placements/" + id + "/lines";
        assertThat(api.post("uw.chinare", lines, new LineWriteRequest("40", true, null, null, null)).status()).isEqualTo(201);
        assertThat(api.post("uw.pudong", lines, new LineWriteRequest("35", false, null, null, null)).status()).isEqualTo(201);

        JsonNode preview = api.get(BROKER, "/placements/" + id + "/signing/preview").json();
        assertThat(preview.get("outcome").asText()).isEqualTo("UNDER_SUBSCRIBED");
        assertThat(preview.get("factor").asText()).isEqualTo("1");

        ApiClient.Reply before = api.get(BROKER, "/placements/" + id);
        long slipVersion = before.json().get("slipVersion").asLong();
        ApiClient.Reply closed = api.post(BROKER, "/placements/" + id + "/signing/close",
                new SigningCloseRequest(UnderSubscriptionDecision.REDUCE_ORDER), before.etag());
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().get("factor").asText()).isEqualTo("1");
        assertThat(Share.of(closed.json().get("orderShare").asText())).isEqualTo(Share.of("75"));

        JsonNode after = api.get(BROKER, "/placements/" + id).json();
        assertThat(Share.of(after.at("/firmOrder/orderShare").asText())).isEqualTo(Share.of("75"));
        assertThat(Share.of(after.at("/slip/securityDetails/orderShare").asText())).isEqualTo(Share.of("75"));
        assertThat(after.get("slipVersion").asLong()).isEqualTo(slipVersion + 1);
        JsonNode version = api.get(BROKER, "/placements/" + id + "/slip-versions/" + (slipVersion + 1)).json();
        assertThat(Share.of(version.at("/slip/securityDetails/orderShare").asText())).isEqualTo(Share.of("75"));
        assertThat(api.get(BROKER, "/placements/" + id + "/signing/preview").json().get("factor").asText()).isEqualTo("1");
    }
}
