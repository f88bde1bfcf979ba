package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario with the engine alone (no UI): the exchange stops; a broker drafts
 * and edits two slips and an underwriter writes a line; the exchange starts again; everything arrives
 * exactly once, and the published sync state (online, pending, last sync, conflicts) is right at every
 * step.
 */
class OfflineScenarioTest {

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

    @Test
    void offlineWorkArrivesExactlyOnceAndTheStateIsRightAtEveryStep() {
        long brokerMark = Convergence.auditMark(brokerClient);
        long uwMark = Convergence.auditMark(uwClient);
        String p0 = Flows.placementAtFirmOrder(broker, uw);
        SyncState before = broker.runCycle();
        assertThat(before.connection()).isEqualTo(SyncState.Connection.ONLINE);
        assertThat(before.pending()).isZero();
        Instant brokerSynced = before.lastSync().orElseThrow();
        Instant uwSynced = uw.runCycle().lastSync().orElseThrow();
        exchange.stop();
        SyncState s = broker.runCycle();
        assertState(s, SyncState.Connection.OFFLINE, 0, brokerSynced);
        List<SyncState> published = new CopyOnWriteArrayList<>();
        broker.subscribe(published::add);

        var a = broker.changes().draftPlacement("Offline slip A", Users.cedent(), null, Slips.slip(Slips.nextUmr(), "A v1"));
        assertState(broker.state(), SyncState.Connection.OFFLINE, 1, brokerSynced);
        broker.changes().editSlip(a.aggregateId(), Slips.slip(umrOf(a), "A v2"));
        assertState(broker.state(), SyncState.Connection.OFFLINE, 2, brokerSynced);
        var b = broker.changes().draftPlacement("Offline slip B", Users.cedent(), null, Slips.slip(Slips.nextUmr(), "B v1"));
        assertState(broker.state(), SyncState.Connection.OFFLINE, 3, brokerSynced);
        broker.changes().editSlip(b.aggregateId(), Slips.slip(umrOf(b), "B v2"));
        assertState(broker.state(), SyncState.Connection.OFFLINE, 4, brokerSynced);

        var line = uw.changes().writeLine(p0, new LineWriteRequest("40", true, "As lead terms", "CR-OFFLINE", null));
        assertState(uw.runCycle(), SyncState.Connection.OFFLINE, 1, uwSynced);
        assertState(broker.runCycle(), SyncState.Connection.OFFLINE, 4, brokerSynced);
        assertThat(published).extracting(SyncState::pending).containsSubsequence(1L, 2L, 3L, 4L);
        assertThat(published).allMatch(st -> st.connection() == SyncState.Connection.OFFLINE);

        exchange.startAgain();
        SyncState back = broker.runCycle();
        assertState(back, SyncState.Connection.ONLINE, 0, null);
        assertThat(back.lastSync().orElseThrow()).isAfter(brokerSynced);
        SyncState uwBack = uw.runCycle();
        assertState(uwBack, SyncState.Connection.ONLINE, 0, null);
        assertThat(uwBack.lastSync().orElseThrow()).isAfter(uwSynced);
        broker.runCycle();

        List<Placement> placements = brokerClient.placements().listAll(null).toList();
        assertThat(placements).filteredOn(p -> p.title().equals("Offline slip A")).singleElement()
                .satisfies(p -> {
                    assertThat(p.slipVersion()).isEqualTo(2);
                    assertThat(p.slip().information()).isEqualTo("A v2");
                });
        assertThat(placements).filteredOn(p -> p.title().equals("Offline slip B")).singleElement()
                .satisfies(p -> assertThat(p.slip().information()).isEqualTo("B v2"));
        List<Line> lines = uwClient.lines().listAll(UUID.fromString(p0)).toList();
        assertThat(lines).singleElement().satisfies(l -> assertThat(l.underwriterReference()).isEqualTo("CR-OFFLINE"));
        assertThat(Flows.idOf(uw, line)).isEqualTo(lines.get(0).id().toString());

        Convergence.assertDrained(broker.store());
        Convergence.assertDrained(uw.store());
        Convergence.assertExactlyOnce(broker.store(), brokerClient, Users.userId(Users.BROKER), brokerMark);
        Convergence.assertExactlyOnce(uw.store(), uwClient, Users.userId(Users.UW_CHINA_RE), uwMark);
        Convergence.assertVaultEqualsExchange(broker.store(), brokerClient);
        Convergence.assertVaultEqualsExchange(uw.store(), uwClient);

        // the background schedule: once started, a local change goes out without anyone asking
        broker.start();
        var later = broker.changes().editSlip(Flows.idOf(broker, a), Slips.slip(umrOf(a), "A v3"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (broker.store().outbox().find(later.clientMutationId()).orElseThrow().status()
                != io.redesk.store.outbox.OutboxEntry.Status.DONE && System.nanoTime() < deadline) {
            Clients.sleep(50);
        }
        assertThat(broker.store().outbox().find(later.clientMutationId()).orElseThrow().status())
                .isEqualTo(io.redesk.store.outbox.OutboxEntry.Status.DONE);
    }

    private String umrOf(LocalChanges.Queued q) {
        String id = broker.store().outbox().find(q.clientMutationId()).map(e -> e.aggregateId()).orElse(q.aggregateId());
        return broker.store().projections().placements().find(id).orElseThrow().value().umr();
    }

    private static void assertState(SyncState s, SyncState.Connection connection, long pending, Instant lastSync) {
        assertThat(s.connection()).as("connection").isEqualTo(connection);
        assertThat(s.pending()).as("pending").isEqualTo(pending);
        assertThat(s.openConflicts()).as("conflicts").isZero();
        assertThat(s.rejected()).as("rejected").isZero();
        if (lastSync != null) {
            assertThat(s.lastSync()).as("last sync").isEqualTo(Optional.of(lastSync));
        }
    }
}
