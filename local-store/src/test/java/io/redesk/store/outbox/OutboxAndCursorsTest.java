package io.redesk.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.doc.Json;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.sync.SyncCursors;
import io.redesk.store.testing.MutableClock;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxAndCursorsTest {

    @TempDir
    Path appData;
    MutableClock clock = MutableClock.startingAt("2026-11-27T09:00:00Z");
    Vault vault;
    Outbox outbox;

    @BeforeEach
    void open() {
        vault = TestVaults.create(appData, CryptoSuite.GM, TestVaults.options(clock));
        outbox = new Outbox(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static ObjectNode body(String v) {
        return Json.mapper().createObjectNode().put("title", v);
    }

    @Test
    void changeAndItsOutboxRowCommitTogetherOrNotAtAll() {
        PlacementRepository placements = new PlacementRepository(vault);
        vault.transaction(() -> {
            placements.insert(Samples.placement("p-1", "Pacific", "B1"));
            outbox.enqueue("cm-1", "placement", "p-1", "placement.create", body("Pacific"));
        });
        assertThatThrownBy(() -> vault.transaction(() -> {
            placements.insert(Samples.placement("p-2", "Atlantic", "B2"));
            outbox.enqueue("cm-1", "placement", "p-2", "placement.create", body("Atlantic")); // duplicate key
        })).isInstanceOf(io.redesk.store.ConstraintViolationException.class);
        assertThat(placements.ids()).containsExactly("p-1");
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(outbox.find("cm-1").orElseThrow().payload().path("title").asText()).isEqualTo("Pacific");
    }

    @Test
    void dueEntriesComeOutInCommitOrderAndRetriesWaitForTheirTime() {
        outbox.enqueue("cm-1", "placement", "p-1", "placement.create", body("a"));
        outbox.enqueue("cm-2", "placement", "p-1", "placement.update", body("b"));
        assertThat(outbox.due(10)).extracting(OutboxEntry::clientMutationId).containsExactly("cm-1", "cm-2");
        outbox.markInFlight("cm-1");
        outbox.retryLater("cm-1", clock.instant().plus(Duration.ofSeconds(30)), "503 from exchange for Pacific");
        assertThat(outbox.due(10)).extracting(OutboxEntry::clientMutationId).containsExactly("cm-2");
        clock.advance(Duration.ofSeconds(30));
        OutboxEntry retried = outbox.due(10).get(0);
        assertThat(retried.clientMutationId()).isEqualTo("cm-1");
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).isEqualTo("503 from exchange for Pacific");
        assertThat(retried.op()).isEqualTo("placement.create");
    }

    @Test
    void successAndPermanentFailureLeaveTheQueue() {
        outbox.enqueue("cm-1", "placement", "p-1", "placement.create", body("a"));
        outbox.enqueue("cm-2", "quote", "q-1", "quote.accept", body("b"));
        outbox.markDone("cm-1");
        outbox.markFailed("cm-2", "422 validation: premium missing");
        assertThat(outbox.due(10)).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.find("cm-2").orElseThrow().status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(outbox.purgeDone()).isEqualTo(1);
        assertThat(outbox.forAggregate("quote", "q-1")).hasSize(1);
    }

    @Test
    void entriesLeftInFlightByACrashGoBackToPending() {
        outbox.enqueue("cm-1", "placement", "p-1", "placement.create", body("a"));
        outbox.markInFlight("cm-1");
        assertThat(outbox.due(10)).isEmpty();
        assertThat(outbox.recoverInFlight()).isEqualTo(1);
        assertThat(outbox.due(10)).hasSize(1);
    }

    @Test
    void cursorAdvancesWithThePulledPageInOneTransaction() {
        SyncCursors cursors = new SyncCursors(vault);
        PlacementRepository placements = new PlacementRepository(vault);
        assertThat(cursors.get("changes")).isEmpty();
        vault.transaction(() -> {
            placements.save(Samples.placement("p-9", "Pulled from exchange", "B9"));
            cursors.advance("changes", "c-100");
        });
        assertThatThrownBy(() -> vault.transaction(() -> {
            placements.save(Samples.placement("p-10", "Half a page", "B10"));
            cursors.advance("changes", "c-200");
            throw new IllegalStateException("connection dropped mid-page");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cursors.get("changes")).contains("c-100");
        assertThat(placements.find("p-10")).isEmpty();
        vault.lock();
        vault.unlock(TestVaults.PASSPHRASE.toCharArray());
        assertThat(new SyncCursors(vault).get("changes")).contains("c-100");
    }
}
