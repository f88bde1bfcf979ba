package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.fault.Fault;
import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The push in mutation batches (ADR 0612), through a loopback proxy that counts the requests: several
 * aggregates' changes share requests; a change the exchange answers with 412 becomes a conflict and holds
 * back the later changes of its own aggregate only; a batch whose answer is cut off or which arrives
 * twice still applies every change exactly once.
 */
class BatchPushTest {

    private static final String BATCHES = "/mutation-batches";

    @TempDir
    Path dir;

    private Exchange exchange;
    private FaultProxy proxy;
    private ExchangeClient client;
    private ExchangeClient direct;
    private Vault vault;
    private SyncEngine engine;

    @BeforeEach
    void start() throws Exception {
        exchange = new Exchange(dir.resolve("exchange"));
        proxy = FaultProxy.start(exchange.port(), FaultPlan.none());
        client = Clients.loggedIn(proxy.baseUrl(), Users.BROKER);
        direct = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
        vault = Clients.vault(dir.resolve("vaults"), "broker");
        engine = new SyncEngine(vault, client, Clients.fastConfig());
    }

    @AfterEach
    void stop() {
        engine.close();
        vault.close();
        client.close();
        direct.close();
        proxy.close();
        exchange.close();
    }

    private List<LocalChanges.Queued> drafts(int n) {
        List<LocalChanges.Queued> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(engine.changes().draftPlacement("Batch " + i, Users.cedent(), null,
                    Slips.slip(Slips.nextUmr(), "v1")));
        }
        return out;
    }

    private OutboxEntry entry(LocalChanges.Queued q) {
        return engine.store().outbox().find(q.clientMutationId()).orElseThrow();
    }

    @Test
    void aConflictHoldsBackOnlyItsOwnAggregateAndTheOthersAreAcceptedInTheSameBatch() {
        List<LocalChanges.Queued> created = drafts(3);
        engine.pushOnly();
        assertThat(proxy.requests(BATCHES)).as("the three creates went as a batch").isPositive();
        String a = Flows.idOf(engine, created.get(0));
        String b = Flows.idOf(engine, created.get(1));
        String c = Flows.idOf(engine, created.get(2));
        // the exchange moves A on behind the vault's back: the vault's next edit of A is made on a stale version
        Placement onExchange = direct.placements().get(UUID.fromString(a));
        Placement moved = direct.placements().putSlip(onExchange.id(),
                Slips.slip(onExchange.umr(), "changed elsewhere"), onExchange.version());
        long batchesBefore = proxy.requests(BATCHES);

        LocalChanges.Queued a2 = engine.changes().editSlip(a, Slips.slip(onExchange.umr(), "mine v2"));
        LocalChanges.Queued a3 = engine.changes().editSlip(a, Slips.slip(onExchange.umr(), "mine v3"));
        LocalChanges.Queued b2 = engine.changes().editSlip(b, Slips.slip(direct.placements().get(UUID.fromString(b)).umr(), "b v2"));
        LocalChanges.Queued c2 = engine.changes().editSlip(c, Slips.slip(direct.placements().get(UUID.fromString(c)).umr(), "c v2"));
        Pusher.Result r = engine.pushOnly();

        assertThat(proxy.requests(BATCHES)).as("sent as a batch").isGreaterThan(batchesBefore);
        assertThat(r.conflicts()).isEqualTo(1);
        assertThat(entry(b2).status()).isEqualTo(OutboxEntry.Status.DONE);
        assertThat(entry(c2).status()).isEqualTo(OutboxEntry.Status.DONE);
        assertThat(entry(a2).status()).isNotEqualTo(OutboxEntry.Status.DONE);
        assertThat(entry(a3).status()).as("waits behind the conflict").isNotEqualTo(OutboxEntry.Status.DONE);
        assertThat(engine.store().conflicts().open()).hasSize(1);
        assertThat(direct.placements().get(UUID.fromString(a)).version()).as("nothing of mine applied to A")
                .isEqualTo(moved.version());
        assertThat(direct.placements().get(UUID.fromString(b)).slip().riskDetails()).isNotNull();
        assertThat(direct.placements().get(UUID.fromString(b)).version()).as("B's edit applied once").isEqualTo(2);
        assertThat(direct.placements().get(UUID.fromString(c)).version()).as("C's edit applied once").isEqualTo(2);
    }

    @Test
    void aBatchWhoseAnswerIsCutOffOrWhichArrivesTwiceIsAppliedOnce() {
        long mark = Convergence.auditMark(direct);
        List<LocalChanges.Queued> created = drafts(6);
        FaultPlan script = FaultPlan.script(Fault.DROP_MID_RESPONSE, Fault.DUPLICATE, Fault.DROP_AFTER_REQUEST);
        proxy.plan((method, path) -> BATCHES.equals(path) ? script.choose(method, path) : Fault.PASS);
        Flows.drain(50, engine);

        assertThat(proxy.faulted(BATCHES)).as("the faults hit batches").isEqualTo(3);
        for (LocalChanges.Queued q : created) {
            assertThat(entry(q).status()).isEqualTo(OutboxEntry.Status.DONE);
        }
        Convergence.assertDrained(engine.store());
        Convergence.assertVaultEqualsExchange(engine.store(), direct);
        Convergence.assertExactlyOnce(engine.store(), direct, Users.userId(Users.BROKER), mark);
    }
}
