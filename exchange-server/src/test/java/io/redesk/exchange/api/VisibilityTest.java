package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md §3: what a caller may not see does not exist for it, through any endpoint or the feed. */
class VisibilityTest {
    private static final ApiClient API = TestExchange.client();
    private static UUID signed;
    private static UUID chinaQuote;
    private static UUID pudongQuote;
    private static UUID chinaLine;
    private static UUID pudongLine;

    @BeforeAll
    static void placeBusiness() {
        signed = Fixtures.placement(PlacementStatus.SIGNED);
        for (JsonNode q : API.get("broker.alice", "/placements/" + signed + "/quotes").json().get("items")) {
            UUID r = UUID.fromString(q.get("reinsurerId").asText());
            if (r.equals(DemoSeed.CHINA_RE)) {
                chinaQuote = UUID.fromString(q.get("id").asText());
            } else if (r.equals(DemoSeed.PUDONG_RE)) {
                pudongQuote = UUID.fromString(q.get("id").asText());
            }
        }
        for (JsonNode l : API.get("broker.alice", "/placements/" + signed + "/lines").json().get("items")) {
            UUID r = UUID.fromString(l.get("reinsurerId").asText());
            if (r.equals(DemoSeed.CHINA_RE)) {
                chinaLine = UUID.fromString(l.get("id").asText());
            } else if (r.equals(DemoSeed.PUDONG_RE)) {
                pudongLine = UUID.fromString(l.get("id").asText());
            }
        }
    }

    @Test
    void anotherBrokersPlacementDoesNotExistForThem() {
        for (String path : List.of("/placements/" + signed, "/placements/" + signed + "/quotes", "/placements/" + signed + "/lines",
                "/placements/" + signed + "/signing/preview", "/placements/" + signed + "/slip-versions", "/quotes/" + chinaQuote,
                "/lines/" + chinaLine)) {
            ApiClient.Reply r = API.get("broker.bob", path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(API.get("broker.bob", "/placements?limit=200").json().get("items").findValuesAsText("brokerId"))
                .doesNotContain(DemoSeed.HUATAI.toString());
    }

    @Test
    void aReinsurerNeverSeesACompetitorsQuote() {
        assertThat(API.get("uw.pudong", "/quotes/" + pudongQuote).status()).isEqualTo(200);
        assertThat(API.get("uw.pudong", "/quotes/" + chinaQuote).status()).isEqualTo(404);
        assertThat(API.get("uw.pudong", "/placements/" + signed + "/quotes").json().get("items").findValuesAsText("reinsurerId"))
                .containsOnly(DemoSeed.PUDONG_RE.toString());
        assertThat(API.get("uw.pudong", "/quotes?limit=200").json().get("items").findValuesAsText("reinsurerId"))
                .containsOnly(DemoSeed.PUDONG_RE.toString());
    }

    @Test
    void theExchangeOperatorSeesPlacementsAndLinesButNoQuote() {
        assertThat(API.get("ops.admin", "/placements/" + signed).status()).isEqualTo(200);
        assertThat(API.get("ops.admin", "/lines/" + chinaLine).status()).isEqualTo(200);
        assertThat(API.get("ops.admin", "/quotes/" + chinaQuote).status()).isEqualTo(404);
        assertThat(API.get("ops.admin", "/placements/" + signed + "/quotes").json().get("items")).isEmpty();
    }

    @Test
    void aFollowerSeesTheLeadTermsAndOnlyItsOwnLine() {
        JsonNode p = API.get("uw.thames", "/placements/" + signed).json();
        assertThat(p.at("/firmOrder/leadReinsurerId").asText()).isEqualTo(DemoSeed.CHINA_RE.toString());
        assertThat(API.get("uw.pudong", "/lines/" + pudongLine).status()).isEqualTo(200);
        assertThat(API.get("uw.pudong", "/lines/" + chinaLine).status()).isEqualTo(404);
        assertThat(API.get("uw.pudong", "/placements/" + signed + "/lines").json().get("items").findValuesAsText("reinsurerId"))
                .containsOnly(DemoSeed.PUDONG_RE.toString());
    }

    @Test
    void aReinsurerOnlyAskedToQuoteDoesNotSeeTheLeadTerms() {
        JsonNode p = API.get("uw.jinqiao", "/placements/" + signed).json();
        assertThat(p.get("status").asText()).isEqualTo("SIGNED");
        assertThat(p.has("firmOrder")).isFalse();
    }

    @Test
    void aReinsurerNeverInvitedCannotSeeThePlacement() {
        UUID draft = Fixtures.placement(PlacementStatus.INQUIRY);
        assertThat(API.get("uw.thames", "/placements/" + draft).status()).isEqualTo(404);
    }

    @Test
    void theChangeFeedCarriesOnlyWhatTheCallerMaySee() {
        for (JsonNode c : feed("uw.pudong")) {
            if (c.has("quote")) {
                assertThat(c.at("/quote/reinsurerId").asText()).isEqualTo(DemoSeed.PUDONG_RE.toString());
            }
            if (c.has("line")) {
                assertThat(c.at("/line/reinsurerId").asText()).isEqualTo(DemoSeed.PUDONG_RE.toString());
            }
        }
        assertThat(feed("uw.thames")).filteredOn(c -> c.has("quote"))
                .allMatch(c -> c.at("/quote/reinsurerId").asText().equals(DemoSeed.THAMES_RE.toString()));
        assertThat(feed("broker.bob")).noneMatch(c -> c.toString().contains(signed.toString()));
        assertThat(feed("ops.admin")).noneMatch(c -> c.has("quote"));
        List<JsonNode> jinqiao = feed("uw.jinqiao");
        assertThat(jinqiao).filteredOn(c -> c.has("placement")).noneMatch(c -> c.get("placement").has("firmOrder"));
    }

    @Test
    void theFeedIsInCommitOrderAndResumesFromItsCursor() {
        List<JsonNode> all = feed("broker.alice");
        assertThat(all).hasSizeGreaterThan(20);
        ApiClient.Reply firstTen = API.get("broker.alice", "/changes?limit=10");
        assertThat(firstTen.json().get("hasMore").asBoolean()).isTrue();
        String cursor = firstTen.json().get("nextCursor").asText();
        ApiClient.Reply next = API.get("broker.alice", "/changes?limit=5&since=" + cursor);
        assertThat(next.json().get("items").get(0).get("cursor").asText()).isEqualTo(all.get(10).get("cursor").asText());
        assertThat(API.get("broker.alice", "/changes?since=bm9wZQ").code()).isEqualTo("INVALID_CURSOR");
    }

    static List<JsonNode> feed(String user) {
        List<JsonNode> out = new ArrayList<>();
        String since = null;
        while (true) {
            JsonNode page = API.get(user, "/changes?limit=1000" + (since == null ? "" : "&since=" + since)).json();
            page.get("items").forEach(out::add);
            since = page.get("nextCursor").asText();
            if (!page.get("hasMore").asBoolean()) {
                return out;
            }
        }
    }
}
