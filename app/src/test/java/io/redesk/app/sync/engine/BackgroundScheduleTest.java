package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.ExchangeClient;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once started, the engine keeps syncing on its own: cycle after cycle, and a change made at any moment
 * (also while a cycle is running) goes out without anyone asking. This failed before the scheduler
 * stopped treating the running cycle as "the next cycle": the schedule ran exactly once.
 */
class BackgroundScheduleTest {

    @TempDir
    Path dir;

    @Test
    void theScheduleKeepsRunningAndPicksUpChangesMadeLongAfterTheFirstCycle() {
        try (Exchange exchange = new Exchange(dir.resolve("exchange"));
             ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
             Vault vault = Clients.vault(dir.resolve("vaults"), "schedule");
             SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig())) {
            engine.start();
            Instant first = awaitSync(engine, null);
            Instant second = awaitSync(engine, first);
            assertThat(second).as("a second cycle on the schedule").isAfter(first);

            for (int i = 0; i < 5; i++) {
                Clients.sleep(150 + 37L * i); // land the change at a different point of the cycle each time
                var q = engine.changes().draftPlacement("Background " + i, Users.cedent(), null,
                        Slips.slip(Slips.nextUmr(), "v1"));
                long deadline = System.nanoTime() + 15_000_000_000L;
                while (status(engine, q.clientMutationId()) != OutboxEntry.Status.DONE
                        && System.nanoTime() < deadline) {
                    Clients.sleep(20);
                }
                assertThat(status(engine, q.clientMutationId())).as("change " + i).isEqualTo(OutboxEntry.Status.DONE);
            }
        }
    }

    private static OutboxEntry.Status status(SyncEngine engine, String id) {
        return engine.store().outbox().find(id).orElseThrow().status();
    }

    private static Instant awaitSync(SyncEngine engine, Instant after) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Instant> last = engine.state().lastSync();
            if (last.isPresent() && (after == null || last.get().isAfter(after))) {
                return last.get();
            }
            Clients.sleep(20);
        }
        throw new AssertionError("no sync cycle after " + after + " within 15 s");
    }
}
