package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.TransitionRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency: changes name the version they change; a stale one gets 412 with the current. */
class ConcurrencyTest {
    private final ApiClient api = TestExchange.client();

    @Test
    void aStaleIfMatchGets412WithTheCurrentVersion() {
        UUID id = Fixtures.placement(PlacementStatus.DRAFT);
        ApiClient.Reply p = api.get("broker.alice", "/placements/" + id);
        String umr = p.json().get("umr").asText();
        Slip slip = DemoPlacements.slip(umr);
        ApiClient.Reply first = api.put("broker.alice", "/placements/" + id + "/slip", slip, p.etag());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("slipVersion").asInt()).isEqualTo(2);
        ApiClient.Reply stale = api.put("broker.alice", "/placements/" + id + "/slip", slip, p.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("VERSION_MISMATCH");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(first.json().get("version").asLong());
        assertThat(stale.etag()).isEqualTo(first.etag());
        assertThat(api.get("broker.alice", "/placements/" + id + "/slip-versions").json().get("items")).hasSize(2);
    }

    @Test
    void aChangeWithoutIfMatchGets428() {
        UUID id = Fixtures.placement(PlacementStatus.DRAFT);
        ApiClient.Reply r = api.post("broker.alice", "/placements/" + id + "/transitions", new TransitionRequest(PlacementStatus.SUBMITTED, null), null);
        assertThat(r.status()).isEqualTo(428);
        assertThat(r.code()).isEqualTo("PRECONDITION_REQUIRED");
    }

    @Test
    void theETagOfAReadIsTheVersionToChange() {
        UUID id = Fixtures.placement(PlacementStatus.DRAFT);
        ApiClient.Reply p = api.get("broker.alice", "/placements/" + id);
        assertThat(p.etag()).isEqualTo("\"" + p.json().get("version").asLong() + "\"");
        ApiClient.Reply moved = api.post("broker.alice", "/placements/" + id + "/transitions", new TransitionRequest(PlacementStatus.SUBMITTED, null), p.etag());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("status").asText()).isEqualTo("SUBMITTED");
    }
}
