package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.TestExchange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /reinsurers} reads the ratings of a whole page in one statement (issue 15: it made three
 * per reinsurer): every listed reinsurer, over several pages, carries exactly the ratings and security
 * flag that {@code GET /reinsurers/{id}} gives it, for a placing-side caller (who gets flags against
 * their policy) and for a reinsurer's user (who gets none).
 */
class ReinsurerListTest {
    private final ApiClient api = TestExchange.client();

    @ParameterizedTest
    @ValueSource(strings = {"broker.alice", "uw.chinare"})
    void everyListedReinsurerEqualsItsOwnAnswer(String user) {
        List<JsonNode> listed = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Reply page = api.get(user, "/reinsurers?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(listed::add);
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        assertThat(listed).hasSizeGreaterThan(2); // several pages
        boolean anyRated = false;
        for (JsonNode r : listed) {
            String id = r.at("/organisation/id").asText();
            ApiClient.Reply one = api.get(user, "/reinsurers/" + id);
            assertThat(one.status()).isEqualTo(200);
            assertThat(r).as(id).isEqualTo(one.json());
            anyRated |= r.get("ratings").size() > 0;
        }
        assertThat(anyRated).isTrue();
        assertThat(listed).anySatisfy(r -> assertThat(r.at("/organisation/id").asText()).isEqualTo(DemoSeed.MINOR_RE.toString()));
        if (user.startsWith("broker")) {
            assertThat(listed).filteredOn(r -> r.at("/organisation/id").asText().equals(DemoSeed.MINOR_RE.toString()))
                    .allSatisfy(r -> assertThat(r.at("/securityFlag/belowMinimum").asBoolean()).isTrue());
        } else {
            assertThat(listed).allSatisfy(r -> assertThat(r.path("securityFlag").isMissingNode() || r.get("securityFlag").isNull()).isTrue());
        }
    }
}
