package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.TransitionRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One logical request is applied once: the first outcome is stored and replayed, failures included. */
class IdempotencyTest {
    private final ApiClient api = TestExchange.client();

    private ApiClient.Reply create(String key, PlacementCreateRequest req) {
        return api.send("POST", "/placements", api.token("broker.alice"), ApiClient.headers(key, null), req);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstOutcomeAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        PlacementCreateRequest req = new PlacementCreateRequest("Retry me", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr()));
        ApiClient.Reply first = create(key, req);
        ApiClient.Reply again = create(key, req);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.etag()).isEqualTo(first.etag());
        long same = 0;
        for (var p : api.get("broker.alice", "/placements?limit=200").json().get("items")) {
            same += p.get("umr").asText().equals(req.slip().umr()) ? 1 : 0;
        }
        assertThat(same).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(create(key, new PlacementCreateRequest("A", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr()))).status()).isEqualTo(201);
        ApiClient.Reply other = create(key, new PlacementCreateRequest("B", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr())));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aRefusedReuseOfAKeyLeavesItsFirstOutcomeToReplay() {
        String key = UUID.randomUUID().toString();
        PlacementCreateRequest first = new PlacementCreateRequest("First", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr()));
        ApiClient.Reply created = create(key, first);
        assertThat(create(key, new PlacementCreateRequest("Other", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr())))
                .code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        ApiClient.Reply replay = create(key, first);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text()).isEqualTo(created.text());
    }

    @Test
    void aStoredFailureIsReplayedEvenAfterTheStateWouldAllowTheRequest() {
        UUID id = Fixtures.placement(PlacementStatus.DRAFT);
        String etag = api.get("broker.alice", "/placements/" + id).etag();
        String key = UUID.randomUUID().toString();
        TransitionRequest bind = new TransitionRequest(PlacementStatus.BOUND, null);
        ApiClient.Reply refused = api.send("POST", "/placements/" + id + "/transitions", api.token("broker.alice"),
                ApiClient.headers(key, etag), bind);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ILLEGAL_TRANSITION");
        ApiClient.Reply replay = api.send("POST", "/placements/" + id + "/transitions", api.token("broker.alice"),
                ApiClient.headers(key, etag), bind);
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text()).isEqualTo(refused.text());
    }

    @Test
    void keysAreScopedPerUser() {
        String key = UUID.randomUUID().toString();
        PlacementCreateRequest req = new PlacementCreateRequest("Mine", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr()));
        assertThat(create(key, req).status()).isEqualTo(201);
        ApiClient.Reply cedent = api.send("POST", "/placements", api.token("cedent.broker"), ApiClient.headers(key, null),
                new PlacementCreateRequest("Theirs", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr())));
        assertThat(cedent.status()).isEqualTo(201);
        assertThat(cedent.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aMutationWithoutAKeyIsRejected() {
        ApiClient.Reply r = api.send("POST", "/placements", api.token("broker.alice"), Map.of(),
                new PlacementCreateRequest("No key", DemoSeed.DONGFANG, null, DemoPlacements.slip(Fixtures.umr())));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IDEMPOTENCY_KEY_MISSING");
    }
}
