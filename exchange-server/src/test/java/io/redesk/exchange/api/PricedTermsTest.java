package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Terms a quote priced are fixed once quoted (ADR 0461): during the inquiry, with China Re's CNY quote
 * standing, the broker may reword the slip but not change its currency, period, amounts or order.
 */
class PricedTermsTest {
    private static final String BROKER = "broker.alice";
    private final ApiClient api = TestExchange.client();

    private ApiClient.Reply putSlip(UUID id, JsonNode slip, String etag) throws Exception {
        return api.put(BROKER, "/placements/" + id + "/slip", api.mapper().writeValueAsString(slip).getBytes(StandardCharsets.UTF_8), etag);
    }

    @Test
    void aPricedTermCannotChangeWhileAQuoteStandsButTheWordingCan() throws Exception {
        UUID id = Fixtures.placement(PlacementStatus.INQUIRY);
        ApiClient.Reply placement = api.get(BROKER, "/placements/" + id);
        long version = placement.json().get("slipVersion").asLong();
        JsonNode slip = placement.json().get("slip");

        ObjectNode usd = slip.deepCopy();
        for (String money : new String[] {"limit", "sumInsured", "excess", "retention", "deductible", "premium"}) {
            if (usd.with("riskDetails").has(money)) {
                usd.with("riskDetails").with(money).put("currency", "USD");
            }
        }
        ApiClient.Reply refused = putSlip(id, usd, placement.etag());
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("PRICED_TERMS_FIXED");
        assertThat(refused.field()).isEqualTo("riskDetails.premium.currency");

        ObjectNode longer = slip.deepCopy();
        longer.with("riskDetails").put("periodEnd", "2028-06-30");
        assertThat(putSlip(id, longer, placement.etag()).field()).isEqualTo("riskDetails.periodEnd");
        ObjectNode order = slip.deepCopy();
        order.with("securityDetails").put("orderShare", "75");
        assertThat(putSlip(id, order, placement.etag()).field()).isEqualTo("securityDetails.orderShare");

        ApiClient.Reply after = api.get(BROKER, "/placements/" + id);
        assertThat(after.json().get("slipVersion").asLong()).as("nothing stored").isEqualTo(version);
        assertThat(after.json().at("/slip/riskDetails/premium/currency").asText()).isEqualTo("CNY");

        ObjectNode reworded = slip.deepCopy();
        reworded.with("riskDetails").put("interest", "Hull all risks of the fleet, spares included");
        ApiClient.Reply ok = putSlip(id, reworded, after.etag());
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().get("slipVersion").asLong()).isEqualTo(version + 1);
    }

    @Test
    void beforeAnyQuoteTheCurrencyMayStillChange() throws Exception {
        UUID id = Fixtures.placement(PlacementStatus.SUBMITTED);
        ApiClient.Reply placement = api.get(BROKER, "/placements/" + id);
        ObjectNode usd = placement.json().get("slip").deepCopy();
        for (String money : new String[] {"limit", "sumInsured", "excess", "retention", "deductible", "premium"}) {
            if (usd.with("riskDetails").has(money)) {
                usd.with("riskDetails").with(money).put("currency", "USD");
            }
        }
        assertThat(putSlip(id, usd, placement.etag()).status()).isEqualTo(200);
    }
}
