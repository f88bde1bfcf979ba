package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.RatingAgency;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each endpoint checks the caller's organisation and role, not just that it is signed in. */
class AuthorizationTest {
    private final ApiClient api = TestExchange.client();

    private static PlacementCreateRequest newPlacement() {
        return new PlacementCreateRequest("Authz", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker.finance", "broker.admin", "uw.chinare", "ops.admin", "chinare.finance"})
    void onlyABrokerRoleOnThePlacingSideCreatesPlacements(String user) {
        ApiClient.Reply r = api.post(user, "/placements", newPlacement());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aBrokerAndADirectlyPlacingCedentCreatePlacements() {
        assertThat(api.post("broker.alice", "/placements", newPlacement()).status()).isEqualTo(201);
        assertThat(api.post("cedent.broker", "/placements", newPlacement()).status()).isEqualTo(201);
    }

    @Test
    void aBrokerCannotPlaceForAnotherBroker() {
        PlacementCreateRequest req = new PlacementCreateRequest("x", DemoSeed.DONGFANG, DemoSeed.LUJIAZUI, DemoPlacements.slip(Fixtures.umr()));
        ApiClient.Reply r = api.post("broker.alice", "/placements", req);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.field()).isEqualTo("brokerId");
    }

    @Test
    void theCedentSeesItsPlacementButOnlyThePlacingBrokerMovesIt() {
        UUID id = Fixtures.placement(PlacementStatus.DRAFT);
        ApiClient.Reply seen = api.get("cedent.broker", "/placements/" + id);
        assertThat(seen.status()).isEqualTo(200);
        ApiClient.Reply moved = api.post("cedent.broker", "/placements/" + id + "/transitions",
                new TransitionRequest(PlacementStatus.SUBMITTED, null), seen.etag());
        assertThat(moved.status()).isEqualTo(403);
    }

    @Test
    void aBrokerCannotWriteALine() {
        UUID id = Fixtures.placement(PlacementStatus.FIRM_ORDER);
        ApiClient.Reply r = api.post("broker.alice", "/placements/" + id + "/lines", new LineWriteRequest("10", false, null, null, null));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void anUnderwriterOfAnotherReinsurerCannotAnswerAQuoteItCannotSee() {
        UUID id = Fixtures.placement(PlacementStatus.INQUIRY);
        String quoteOfChinaRe = api.get("broker.alice", "/placements/" + id + "/quotes").json().get("items").findValues("id").stream()
                .filter(n -> true).findFirst().orElseThrow().asText();
        ApiClient.Reply r = api.post("uw.thames", "/quotes/" + quoteOfChinaRe + "/prepare", null, "\"1\"");
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void onlyExchangeAdministratorsRecordRatings() {
        Rating aPlus = new Rating(RatingAgency.FITCH, "A+", null);
        assertThat(api.put("broker.admin", "/reinsurers/" + DemoSeed.PUDONG_RE + "/ratings", aPlus, null).status()).isEqualTo(403);
        ApiClient.Reply ok = api.put("ops.admin", "/reinsurers/" + DemoSeed.PUDONG_RE + "/ratings", aPlus, null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("ratings").findValuesAsText("agency")).contains("FITCH");
    }

    @Test
    void onlyAPlacingAdministratorChangesTheSecurityPolicyAndOthersHaveNone() {
        SecurityPolicyRequest req = new SecurityPolicyRequest(new Rating(RatingAgency.SP, "A-", null), true);
        ApiClient.Reply current = api.get("broker.alice", "/security-policy");
        assertThat(api.put("broker.alice", "/security-policy", req, current.etag()).status()).isEqualTo(403);
        assertThat(api.get("uw.chinare", "/security-policy").status()).isEqualTo(404);
        ApiClient.Reply lujiazui = api.get("broker.bob", "/security-policy");
        assertThat(lujiazui.json().get("organisationId").asText()).isEqualTo(DemoSeed.LUJIAZUI.toString());
    }

    @Test
    void usersAreListedWithinTheCallersOrganisationOnly() {
        ApiClient.Reply users = api.get("broker.alice", "/users");
        assertThat(users.json().get("items").findValuesAsText("organisationId")).containsOnly(DemoSeed.HUATAI.toString());
        UUID chinaUser = DemoSeed.id("user:uw.chinare");
        assertThat(api.get("broker.alice", "/users/" + chinaUser).status()).isEqualTo(404);
        assertThat(api.get("ops.admin", "/users/" + chinaUser).status()).isEqualTo(200);
    }
}
