package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.fault.Fault;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull: an interrupted first sync resumes after the last applied page (not from the start, and
 * without applying anything twice); a page that fails to apply stops the pull with the cursor where it
 * was, and the next pull applies it once the cause is gone.
 */
class PullTest {

    @TempDir
    Path dir;

    private Exchange exchange;
    private ExchangeClient direct;
    private FaultProxy proxy;
    private final AtomicBoolean cutFeed = new AtomicBoolean();
    private final AtomicInteger feedRequests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        exchange = new Exchange(dir.resolve("exchange"));
        direct = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
        for (int i = 0; i < 24; i++) {
            direct.placements().create(new PlacementCreateRequest("Pull " + i, Users.cedent(), null,
                    Slips.slip(Slips.nextUmr(), "v1")));
        }
        proxy = FaultProxy.start(exchange.port(), (method, path) -> {
            if (path.equals("/changes")) {
                feedRequests.incrementAndGet();
                return cutFeed.get() ? Fault.DROP_MID_RESPONSE : Fault.PASS;
            }
            return Fault.PASS;
        });
    }

    @AfterEach
    void stop() {
        proxy.close();
        direct.close();
        exchange.close();
    }

    @Test
    void anInterruptedFirstSyncResumesAfterTheLastAppliedPage() {
        try (ExchangeClient client = Clients.loggedIn(proxy.baseUrl(), Users.BROKER);
             Vault vault = Clients.vault(dir.resolve("vaults"), "pull");
             SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig().withFeedBatch(5))) {
            SyncStore store = engine.store();
            store.copies(); // same vault throughout
            // let three pages through, then cut every feed answer in the middle
            proxy.plan((method, path) -> {
                if (!path.equals("/changes")) {
                    return Fault.PASS;
                }
                return feedRequests.incrementAndGet() <= 3 ? Fault.PASS : Fault.DROP_MID_RESPONSE;
            });
            SyncState cut = engine.runCycle();
            assertThat(cut.connection()).isEqualTo(SyncState.Connection.OFFLINE);
            long afterCut = store.copies().count();
            assertThat(afterCut).as("three pages of five applied, with their cursor").isEqualTo(15);
            String cursorAtCut = store.cursors().get(SyncStore.FEED_STREAM).orElseThrow();

            proxy.plan((method, path) -> {
                if (path.equals("/changes")) {
                    feedRequests.incrementAndGet();
                }
                return Fault.PASS;
            });
            int before = feedRequests.get();
            SyncState done = engine.runCycle();
            assertThat(done.connection()).isEqualTo(SyncState.Connection.ONLINE);
            int total = (int) direct.placements().listAll(null).count();
            assertThat(store.copies().count()).isEqualTo(total);
            assertThat(feedRequests.get() - before).as("feed requests of the resumed pull")
                    .isLessThanOrEqualTo((total - 15) / 5 + 2);
            assertThat(store.cursors().get(SyncStore.FEED_STREAM).orElseThrow()).isNotEqualTo(cursorAtCut);
            Convergence.assertVaultEqualsExchange(store, direct);
        }
    }

    @Test
    void aPageThatFailsToApplyStopsThePullWithoutMovingTheCursor() {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
             Vault vault = Clients.vault(dir.resolve("vaults"), "pull2");
             SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig())) {
            SyncStore store = engine.store();
            assertThat(engine.runCycle().lastError()).isEmpty();
            Placement p = direct.placements().listAll(null).findFirst().orElseThrow();
            String pid = p.id().toString();
            String cursor = store.cursors().get(SyncStore.FEED_STREAM).orElseThrow();
            direct.placements().putSlip(p.id(), Slips.slip(p.umr(), "edited elsewhere"), p.version());
            // a local row that the exchange's next slip version cannot be written next to
            store.projections().slips().insert(new SlipVersionRecord("in-the-way", pid, (int) p.slipVersion() + 1,
                    null, "blocks", store.wire().valueToTree(p.slip())));

            SyncState failed = engine.runCycle();
            assertThat(failed.lastError()).isPresent();
            assertThat(store.cursors().get(SyncStore.FEED_STREAM)).contains(cursor);
            assertThat(store.copies().get("PLACEMENT", pid).orElseThrow().serverVersion()).isEqualTo(p.version());

            store.projections().slips().delete("in-the-way");
            SyncState ok = engine.runCycle();
            assertThat(ok.lastError()).isEmpty();
            assertThat(store.cursors().get(SyncStore.FEED_STREAM).orElseThrow()).isNotEqualTo(cursor);
            assertThat(store.copies().get("PLACEMENT", pid).orElseThrow().doc().path("slip").path("information").asText())
                    .isEqualTo("edited elsewhere");
            Convergence.assertVaultEqualsExchange(store, direct);
        }
    }
}
