package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Endorsement;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endorsing a bound contract through the outbox against the in-process exchange: made offline, it is
 * the next slip version in the vault at once (effective date and description kept), reaches the
 * exchange exactly once when it is back, and the vault's copy then equals the exchange's slip.
 */
class EndorsementSyncTest {

    @TempDir
    Path dir;

    private Exchange exchange;
    private ExchangeClient brokerClient;
    private ExchangeClient uwClient;
    private Vault brokerVault;
    private Vault uwVault;
    private SyncEngine broker;
    private SyncEngine uw;

    @BeforeEach
    void start() {
        exchange = new Exchange(dir.resolve("exchange"));
        brokerClient = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
        uwClient = Clients.loggedIn(exchange.baseUrl(), Users.UW_CHINA_RE);
        brokerVault = Clients.vault(dir.resolve("vaults"), "broker");
        uwVault = Clients.vault(dir.resolve("vaults"), "uw");
        broker = new SyncEngine(brokerVault, brokerClient, Clients.fastConfig());
        uw = new SyncEngine(uwVault, uwClient, Clients.fastConfig());
    }

    @AfterEach
    void stop() {
        broker.close();
        uw.close();
        brokerVault.close();
        uwVault.close();
        brokerClient.close();
        uwClient.close();
        exchange.close();
    }

    /** A placement of the broker at BOUND: China Re's quote accepted, a 100% line, closed and bound. */
    private String boundPlacement() {
        String pid = Flows.placementAtFirmOrder(broker, uw);
        uw.changes().writeLine(pid, new LineWriteRequest("100", false, "As lead terms", "CR-1", null));
        Flows.drain(50, uw, broker);
        UUID id = UUID.fromString(pid);
        brokerClient.signing().close(id, null, brokerClient.placements().get(id).version());
        brokerClient.placements().transition(id, PlacementStatus.BOUND, null, brokerClient.placements().get(id).version());
        broker.runCycle();
        assertThat(broker.store().projections().placements().find(pid)).get()
                .satisfies(p -> assertThat(p.value().status()).isEqualTo(io.redesk.domain.placement.PlacementStatus.BOUND));
        return pid;
    }

    @Test
    void anOfflineEndorsementIsTheNextVersionAtOnceAndReachesTheExchangeOnceOnReconnect() {
        String pid = boundPlacement();
        Placement bound = brokerClient.placements().get(UUID.fromString(pid));
        Slip endorsed = Slips.withInformation(bound.slip(), "Fleet grew to 45 aircraft");
        exchange.stop();

        broker.changes().endorse(pid, new EndorsementRequest(LocalDate.of(2027, 3, 1), "Fleet grew to 45 aircraft", endorsed));

        int next = (int) bound.slipVersion() + 1;
        List<SlipVersionRecord> local = broker.store().projections().slips().versionsOf(pid).stream().map(s -> s.value()).toList();
        assertThat(local.get(local.size() - 1)).satisfies(v -> {
            assertThat(v.slipVersion()).isEqualTo(next);
            assertThat(v.effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(v.changeNote()).isEqualTo("Fleet grew to 45 aircraft");
            assertThat(v.slip().path("information").asText()).isEqualTo("Fleet grew to 45 aircraft");
        });
        assertThat(broker.runCycle().pending()).as("waits in the outbox while offline").isEqualTo(1);

        exchange.startAgain();
        Flows.drain(50, broker);

        List<Endorsement> atExchange = brokerClient.placements().allEndorsements(UUID.fromString(pid)).toList();
        assertThat(atExchange).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(e.description()).isEqualTo("Fleet grew to 45 aircraft");
            assertThat(e.slipVersion()).isEqualTo(next);
        });
        Placement after = brokerClient.placements().get(UUID.fromString(pid));
        assertThat(after.slip().information()).isEqualTo("Fleet grew to 45 aircraft");
        SlipVersionRecord latest = broker.store().projections().slips().latestOf(pid).orElseThrow().value();
        assertThat(latest.slipVersion()).isEqualTo(next);
        assertThat(latest.effectiveDate()).as("the exchange's copy keeps the local effective date").isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(latest.slip()).isEqualTo(broker.store().wire().valueToTree(after.slip()));
        assertThat(broker.store().outbox().unfinished()).isEmpty();
    }

    @Test
    void aPlacementNotYetBoundIsNotEndorsedAndNothingIsQueued() {
        String pid = Flows.placementAtFirmOrder(broker, uw);
        Placement p = brokerClient.placements().get(UUID.fromString(pid));
        long before = broker.store().outbox().unfinished().size();

        assertThatThrownBy(() -> broker.changes().endorse(pid, new EndorsementRequest(LocalDate.of(2027, 3, 1), "Too early",
                Slips.withInformation(p.slip(), "changed"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FIRM_ORDER");
        assertThat(broker.store().outbox().unfinished()).hasSize((int) before);
        assertThat(broker.store().projections().slips().latestOf(pid).orElseThrow().value().slipVersion())
                .isEqualTo((int) p.slipVersion());
    }
}
