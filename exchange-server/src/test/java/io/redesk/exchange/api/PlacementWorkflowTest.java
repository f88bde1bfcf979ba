package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.SigningDown;
import io.redesk.domain.signing.SigningResult;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.signing.SigningCloseRequest;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The whole placement workflow over HTTP, with the signed lines checked against domain's SigningDown. */
class PlacementWorkflowTest {
    private static final String BROKER = "broker.alice";
    private final ApiClient api = TestExchange.client();

    private String etag(UUID placement) {
        return api.get(BROKER, "/placements/" + placement).etag();
    }

    @Test
    void inquiryToRegistrationSignsLinesExactlyAsDomainComputes() {
        Slip slip = DemoPlacements.slip(Fixtures.umr());
        UUID id = api.post(BROKER, "/placements", new PlacementCreateRequest("Workflow", DemoSeed.DONGFANG, null, slip)).id();
        assertThat(api.post(BROKER, "/placements/" + id + "/transitions", new TransitionRequest(PlacementStatus.SUBMITTED, null), "\"1\"").status())
                .isEqualTo(200);

        ApiClient.Reply inquiry = api.post(BROKER, "/placements/" + id + "/inquiries", new InquiryRequest(
                List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE, DemoSeed.THAMES_RE), Instant.now().plus(7, ChronoUnit.DAYS), "Please quote", null));
        assertThat(inquiry.status()).isEqualTo(201);
        Map<String, UUID> quotes = new HashMap<>();
        for (JsonNode q : inquiry.json().get("quotes")) {
            quotes.put(q.get("reinsurerId").asText(), UUID.fromString(q.get("id").asText()));
        }
        UUID lead = quotes.get(DemoSeed.CHINA_RE.toString());
        assertThat(api.post("uw.chinare", "/quotes/" + lead + "/prepare", null, "\"1\"").status()).isEqualTo(200);
        ApiClient.Reply quoted = api.post("uw.chinare", "/quotes/" + lead + "/quote", new QuoteTermsRequest(Money.of("1150000.00", "CNY"),
                null, "50", "Lead terms", List.of("Survey"), Instant.now().plus(20, ChronoUnit.DAYS)), "\"2\"");
        assertThat(quoted.json().get("status").asText()).isEqualTo("QUOTED");
        UUID thamesQuote = quotes.get(DemoSeed.THAMES_RE.toString());
        assertThat(api.post("uw.thames", "/quotes/" + thamesQuote + "/quote", new QuoteTermsRequest(Money.of("1190000.00", "CNY"),
                null, "30", null, null, Instant.now().plus(20, ChronoUnit.DAYS)), "\"1\"").status()).isEqualTo(200);
        ApiClient.Reply declined = api.post("uw.pudong", "/quotes/" + quotes.get(DemoSeed.PUDONG_RE.toString()) + "/decline",
                new ReasonRequest("No capacity"), "\"1\"");
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");

        ApiClient.Reply accepted = api.post(BROKER, "/quotes/" + lead + "/accept", null, quoted.etag());
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(api.get(BROKER, "/quotes/" + thamesQuote).json().get("status").asText()).isEqualTo("NOT_TAKEN_UP");

        ApiClient.Reply order = api.post(BROKER, "/placements/" + id + "/firm-order",
                new FirmOrderRequest(lead, "80", List.of(DemoSeed.THAMES_RE, DemoSeed.AVIATION_POOL), null), etag(id));
        assertThat(order.json().get("status").asText()).isEqualTo("FIRM_ORDER");
        assertThat(order.json().at("/firmOrder/premium/amount").asText()).isEqualTo("1150000.00");

        List<UUID> lineIds = new ArrayList<>();
        List<WrittenLine> written = new ArrayList<>();
        Object[][] lines = {{"uw.chinare", "50", true}, {"uw.thames", "40", false}, {"uw.pool", "30", false}};
        for (Object[] l : lines) {
            ApiClient.Reply w = api.post((String) l[0], "/placements/" + id + "/lines", new LineWriteRequest((String) l[1], (boolean) l[2], null, null, null));
            assertThat(w.status()).isEqualTo(201);
            lineIds.add(w.id());
            written.add(new WrittenLine(w.id().toString(), Share.of((String) l[1]), (boolean) l[2], Instant.parse(w.json().get("writtenAt").asText())));
        }
        SigningResult expected = SigningDown.sign(written, Share.of("80"), null);

        ApiClient.Reply preview = api.get(BROKER, "/placements/" + id + "/signing/preview");
        assertThat(preview.json().get("outcome").asText()).isEqualTo("OVER_SUBSCRIBED");
        assertThat(preview.json().get("closed").asBoolean()).isFalse();
        ApiClient.Reply closed = api.post(BROKER, "/placements/" + id + "/signing/close", new SigningCloseRequest(null), etag(id));
        assertThat(closed.status()).isEqualTo(200);
        Share total = Share.ZERO;
        for (JsonNode s : closed.json().get("lines")) {
            Share signed = Share.of(s.get("signedShare").asText());
            assertThat(signed).isEqualTo(expected.line(s.get("lineId").asText()).signed());
            total = total.plus(signed);
        }
        assertThat(total).isEqualTo(Share.HUNDRED);
        JsonNode poolLine = api.get("uw.pool", "/lines/" + lineIds.get(2)).json();
        assertThat(poolLine.get("status").asText()).isEqualTo("SIGNED");
        assertThat(poolLine.get("poolMemberShares")).hasSize(3);

        assertThat(api.post(BROKER, "/placements/" + id + "/transitions", new TransitionRequest(PlacementStatus.BOUND, null), etag(id)).status())
                .isEqualTo(200);
        List<RegisteredLine> registered = new ArrayList<>();
        for (JsonNode s : closed.json().get("lines")) {
            registered.add(new RegisteredLine(UUID.fromString(s.get("reinsurerId").asText()), s.get("signedShare").asText()));
        }
        ContractRegistrationRequest wrongPremium = new ContractRegistrationRequest(slip.umr(), slip.contractKind(), DemoSeed.DONGFANG, DemoSeed.HUATAI,
                slip.riskDetails().periodStart(), slip.riskDetails().periodEnd(), Money.of("1150000.01", "CNY"), "80", registered);
        ApiClient.Reply mismatch = api.post(BROKER, "/placements/" + id + "/registration", wrongPremium, etag(id));
        assertThat(mismatch.code()).isEqualTo("REGISTRATION_MISMATCH");
        assertThat(mismatch.field()).isEqualTo("premium.amount");
        ContractRegistrationRequest right = new ContractRegistrationRequest(slip.umr(), slip.contractKind(), DemoSeed.DONGFANG, DemoSeed.HUATAI,
                slip.riskDetails().periodStart(), slip.riskDetails().periodEnd(), Money.of("1150000.00", "CNY"), "80", registered);
        ApiClient.Reply receipt = api.post(BROKER, "/placements/" + id + "/registration", right, etag(id));
        assertThat(receipt.status()).isEqualTo(201);
        assertThat(receipt.json().get("registrationNumber").asText()).startsWith("SHRE-");
        assertThat(api.get(BROKER, "/placements/" + id).json().get("status").asText()).isEqualTo("REGISTERED");
        assertThat(api.get(BROKER, "/placements/" + id + "/registration").json()).isEqualTo(receipt.json());
    }

    @Test
    void anUnderSubscribedPlacementClosesOnlyWithAnExplicitDecision() {
        UUID id = Fixtures.placement(PlacementStatus.SUBSCRIBING);
        ApiClient.Reply preview = api.get(BROKER, "/placements/" + id + "/signing/preview");
        assertThat(preview.json().get("outcome").asText()).isEqualTo("UNDER_SUBSCRIBED");
        ApiClient.Reply refused = api.post(BROKER, "/placements/" + id + "/signing/close", new SigningCloseRequest(null), etag(id));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("UNDER_SUBSCRIBED");
        assertThat(refused.field()).isEqualTo("underSubscription");
        ApiClient.Reply reduced = api.post(BROKER, "/placements/" + id + "/signing/close",
                new SigningCloseRequest(UnderSubscriptionDecision.REDUCE_ORDER), etag(id));
        assertThat(reduced.status()).isEqualTo(200);
        assertThat(reduced.json().get("orderShare").asText()).isEqualTo("70.0000");
        assertThat(api.get(BROKER, "/placements/" + id).json().at("/firmOrder/orderShare").asText()).isEqualTo("70.0000");
    }

    @Test
    void illegalMovesAreRefusedByTheDomainWorkflow() {
        UUID id = Fixtures.placement(PlacementStatus.REGISTERED);
        ApiClient.Reply r = api.post(BROKER, "/placements/" + id + "/transitions", new TransitionRequest(PlacementStatus.CANCELLED, null), etag(id));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void aBoundContractIsEndorsedIntoANewNumberedSlipVersion() {
        UUID id = Fixtures.placement(PlacementStatus.BOUND);
        String umr = api.get(BROKER, "/placements/" + id).json().get("umr").asText();
        ApiClient.Reply e = api.post(BROKER, "/placements/" + id + "/endorsements", new io.redesk.sdk.model.placement.EndorsementRequest(
                java.time.LocalDate.of(2027, 6, 1), "Two aircraft added", DemoPlacements.slip(umr)), etag(id));
        assertThat(e.status()).isEqualTo(201);
        assertThat(e.json().get("number").asInt()).isEqualTo(1);
        assertThat(e.json().get("slipVersion").asInt()).isEqualTo(2);
        assertThat(api.get(BROKER, "/placements/" + id + "/slip-versions/2").json().get("endorsementId").asText()).isEqualTo(e.id().toString());
    }
}
