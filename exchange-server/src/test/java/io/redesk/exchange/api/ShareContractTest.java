package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.domain.money.Share;
import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract's share patterns say exactly what the server accepts, both ways: a share the pattern
 * admits passes the server's rule ({@code domain}'s {@link Share#refusalAsPercentage}), and a share the
 * rule admits in the contract's written form matches the pattern. Brokerage is 0 to 100%; lines, orders,
 * ceded shares and capacities above 0 and at most 100%; to-stand lines at most 100% of the order.
 */
class ShareContractTest {
    private final ApiClient api = TestExchange.client();

    private static Pattern pattern(String schema) throws IOException {
        JsonNode doc = ContractFuzzTest.contract();
        return Pattern.compile(doc.at("/components/schemas/" + schema + "/pattern").asText());
    }

    /** Decimal texts around every edge: 0, 100, scale 4, leading zeros, signs, exponents. */
    private static List<String> candidates() {
        List<String> out = new ArrayList<>();
        String[] decimals = {"", ".0", ".5", ".0000", ".0001", ".9999", ".00000", ".00001", ".12345"};
        for (int i = 0; i <= 102; i++) {
            for (String d : decimals) {
                out.add(i + d);
            }
        }
        out.addAll(List.of("999", "1000", "100.5", "100.0001", "100.9999", "-0", "-1", "1e2", ".5", "5.", "00", "007", "0100", "+5", ""));
        return out;
    }

    private static boolean serverRuleAccepts(String text, boolean zeroAllowed) {
        try {
            return Share.of(text).refusalAsPercentage(zeroAllowed).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The rule's written form: a plain decimal, no sign, no leading zeros, at most 4 decimals. */
    private static boolean canonical(String text) {
        return text.matches("(0|[1-9][0-9]*)(\\.[0-9]{1,4})?");
    }

    @Test
    void thePatternsAdmitExactlyWhatTheServerRuleAdmits() throws IOException {
        Pattern share = pattern("Share");
        Pattern positive = pattern("PositiveShare");
        for (String text : candidates()) {
            boolean inShare = share.matcher(text).find();
            boolean inPositive = positive.matcher(text).find();
            if (inShare) {
                assertThat(serverRuleAccepts(text, true)).as("Share admits %s, so the server must", text).isTrue();
            }
            if (inPositive) {
                assertThat(serverRuleAccepts(text, false)).as("PositiveShare admits %s, so the server must", text).isTrue();
            }
            if (canonical(text)) {
                assertThat(inShare).as("the server's rule takes %s as a brokerage; Share must admit it", text)
                        .isEqualTo(serverRuleAccepts(text, true));
                assertThat(inPositive).as("the server's rule takes %s as a line; PositiveShare must admit it", text)
                        .isEqualTo(serverRuleAccepts(text, false));
            }
        }
        assertThat(share.matcher("100.5").find()).isFalse();
        assertThat(share.matcher("0").find()).isTrue();
        assertThat(positive.matcher("0").find()).isFalse();
        assertThat(positive.matcher("0.0001").find()).isTrue();
    }

    private static Slip withBrokerage(Slip s, String brokerage) {
        BrokerRemuneration b = s.brokerRemuneration();
        return new Slip(s.umr(), s.contractKind(), s.riskDetails(), s.information(), s.securityDetails(), s.subscriptionAgreement(),
                s.fiscalRegulatory(), new BrokerRemuneration(brokerage, b.otherDeductions(), b.cedingCommission()));
    }

    @Test
    void brokerageOnTheWireIsAcceptedExactlyWhenTheContractSaysSo() throws IOException {
        Pattern share = pattern("Share");
        for (String brokerage : List.of("0", "2.5", "100", "100.0000", "100.0001", "100.5", "100.9999", "101", "12.34567")) {
            Slip slip = withBrokerage(DemoPlacements.slip(Fixtures.umr()), brokerage);
            ApiClient.Reply r = api.post("broker.alice", "/placements", new PlacementCreateRequest("Brokerage " + brokerage, DemoSeed.DONGFANG, null, slip));
            if (share.matcher(brokerage).find()) {
                assertThat(r.status()).as("brokerage %s: %s", brokerage, r.text()).isEqualTo(201);
            } else {
                assertThat(r.status()).as("brokerage %s", brokerage).isEqualTo(400);
                assertThat(r.field()).isEqualTo("slip.brokerRemuneration.brokerage");
                assertThat(api.get("broker.alice", "/placements?limit=200").json().get("items").findValuesAsText("umr"))
                        .doesNotContain(slip.umr());
            }
        }
    }

    @Test
    void linesWrittenToStandCannotTakeMoreThanTheWholeOrder() {
        UUID id = Fixtures.placement(PlacementStatus.FIRM_ORDER);
        String path = "/placements/" + id + "/lines";
        ApiClient.Reply lead = api.post("uw.chinare", path, new LineWriteRequest("60", true, null, null, null));
        assertThat(lead.status()).isEqualTo(201);
        ApiClient.Reply over = api.post("uw.pudong", path, new LineWriteRequest("50", true, null, null, null));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("TO_STAND_OVER_ORDER");
        assertThat(over.field()).isEqualTo("toStand");
        assertThat(api.get("broker.alice", path).json().get("items")).hasSize(1);

        ApiClient.Reply follower = api.post("uw.pudong", path, new LineWriteRequest("50", false, null, null, null));
        assertThat(follower.status()).isEqualTo(201);
        ApiClient.Reply amendOver = api.post("uw.pudong", "/lines/" + follower.id() + "/amend",
                new LineAmendRequest("50", true, null), follower.etag());
        assertThat(amendOver.code()).isEqualTo("TO_STAND_OVER_ORDER");
        assertThat(api.get("uw.pudong", "/lines/" + follower.id()).json().get("toStand").asBoolean()).isFalse();

        // 110% written with 60% to stand still previews and signs: f = 40 / 50
        JsonNode preview = api.get("broker.alice", "/placements/" + id + "/signing/preview").json();
        assertThat(preview.get("outcome").asText()).isEqualTo("OVER_SUBSCRIBED");
        assertThat(new BigDecimal(preview.get("factor").asText())).isEqualByComparingTo("0.8");
        assertThat(Optional.ofNullable(preview.get("lines")).map(JsonNode::size).orElse(0)).isEqualTo(2);
    }
}
