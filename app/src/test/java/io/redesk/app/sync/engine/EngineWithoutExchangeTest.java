package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.sync.diag.SyncReport;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine with a real vault and a real SDK client whose exchange is not there (a loopback port
 * nobody listens on): local changes commit with their outbox rows, the state says offline with the
 * right pending count, a locked vault pauses sync, and the diagnostic shows it all.
 */
class EngineWithoutExchangeTest {

    @TempDir
    Path dir;

    private OfflineEngine offline;
    private Vault vault;
    private ExchangeClient client;
    private SyncEngine engine;

    @BeforeEach
    void open() {
        offline = new OfflineEngine(dir);
        vault = offline.vault;
        client = offline.client;
        engine = offline.engine;
    }

    @AfterEach
    void close() {
        offline.close();
    }

    private static Slip slip(String info) {
        return new Slip("B0999HT3000001", null, null, info, null, null, null, null);
    }

    @Test
    void aDraftIsStoredWithItsOutboxRowAndCountsAsPending() {
        var q = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1"));
        assertThat(engine.store().projections().placements().find(q.aggregateId())).isPresent();
        assertThat(engine.store().projections().slips().versionsOf(q.aggregateId())).hasSize(1);
        OutboxEntry e = engine.store().outbox().find(q.clientMutationId()).orElseThrow();
        assertThat(e.op()).isEqualTo("CREATE_PLACEMENT");
        assertThat(e.aggregateId()).isEqualTo(q.aggregateId());
        assertThat(engine.state().pending()).isEqualTo(1);
    }

    @Test
    void aChainedEditCarriesNoBaseUntilTheCreateIsAccepted() {
        var q = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1"));
        var edit = engine.changes().editSlip(q.aggregateId(), slip("v2"));
        Mutation m = Mutation.fromJson(engine.store().outbox().find(edit.clientMutationId()).orElseThrow().payload());
        assertThat(m.baseVersion()).isNull();
        assertThat(m.body().path("information").asText()).isEqualTo("v2");
        assertThat(engine.store().projections().placements().find(q.aggregateId()).orElseThrow().value()
                .currentSlipVersion()).isEqualTo(2);
    }

    @Test
    void anIllegalTransitionIsRefusedLocallyAndLeavesNoOutboxRow() {
        var q = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1"));
        assertThatThrownBy(() -> engine.changes().transition(q.aggregateId(), PlacementStatus.BOUND, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(engine.store().outbox().unfinished()).hasSize(1);
        assertThat(engine.store().projections().placements().find(q.aggregateId()).orElseThrow().value().status())
                .isEqualTo(io.redesk.domain.placement.PlacementStatus.DRAFT);
    }

    @Test
    void aChangeToAPlacementTheVaultDoesNotHoldIsAClearError() {
        assertThatThrownBy(() -> engine.changes().editSlip("nope", slip("x")))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("no placement nope");
        assertThat(engine.store().outbox().unfinished()).isEmpty();
    }

    @Test
    void anUnreachableExchangeMeansOfflineWithNothingLost() {
        engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1"));
        SyncState s = engine.runCycle();
        assertThat(s.connection()).isEqualTo(SyncState.Connection.OFFLINE);
        assertThat(s.phase()).isEqualTo(SyncState.Phase.IDLE);
        assertThat(s.pending()).isEqualTo(1);
        assertThat(s.lastSync()).isEmpty();
        assertThat(engine.store().outbox().unfinished()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.PENDING));
    }

    @Test
    void syncPausesWhileTheVaultIsLocked() {
        engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1"));
        vault.lock();
        assertThat(engine.runCycle().phase()).isEqualTo(SyncState.Phase.PAUSED_LOCKED);
        vault.unlock("pw".toCharArray());
        SyncState after = engine.runCycle();
        assertThat(after.phase()).isEqualTo(SyncState.Phase.IDLE);
        assertThat(after.pending()).isEqualTo(1);
    }

    @Test
    void theDiagnosticListsTheOutboxCursorAndConflicts() {
        var q = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1"));
        String report = SyncReport.render(engine.store());
        assertThat(report).contains("OUTBOX  1 unfinished").contains(q.clientMutationId()).contains("CREATE_PLACEMENT")
                .contains("PENDING").contains("(none: first sync not done)").contains("CONFLICTS  0 open");
        assertThat(report).doesNotContain("Offline draft"); // no payloads
    }
}
