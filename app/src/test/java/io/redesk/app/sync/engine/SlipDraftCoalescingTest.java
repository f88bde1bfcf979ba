package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.model.placement.Slip;
import io.redesk.store.outbox.OutboxEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autosaved slip edits coalesce in the outbox (ADR 0811), against a real vault with the exchange away:
 * one pending change per slip however often it autosaves, the slip's newest version in the vault is the
 * latest typing, an explicit save takes the waiting autosave over (one version, not two), and what is
 * queued after an explicit save or a refusal is a change of its own.
 */
class SlipDraftCoalescingTest {

    @TempDir
    Path dir;

    private OfflineEngine offline;
    private SyncEngine engine;

    @BeforeEach
    void open() {
        offline = new OfflineEngine(dir);
        engine = offline.engine;
    }

    @AfterEach
    void close() {
        offline.close();
    }

    private static Slip slip(String info) {
        return new Slip("B0999HT3000001", null, null, info, null, null, null, null);
    }

    private List<OutboxEntry> slipEntries(String id) {
        return engine.store().outbox().unfinishedFor("PLACEMENT", id).stream().filter(e -> e.op().equals("PUT_SLIP")).toList();
    }

    private String latestInformation(String id) {
        return engine.store().projections().slips().latestOf(id).orElseThrow().value().slip().path("information").asText();
    }

    @Test
    void typingAutosavedThreeTimesIsOnePendingChangeWithTheLatestText() {
        String id = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1")).aggregateId();

        var first = engine.changes().draftSlip(id, slip("typing 1"));
        var second = engine.changes().draftSlip(id, slip("typing 12"));
        var third = engine.changes().draftSlip(id, slip("typing 123"));

        assertThat(second.clientMutationId()).isEqualTo(first.clientMutationId()).isEqualTo(third.clientMutationId());
        assertThat(slipEntries(id)).hasSize(1);
        assertThat(slipEntries(id).get(0).payload().path("body").path("information").asText()).isEqualTo("typing 123");
        assertThat(engine.state().pending()).as("the create and one slip change").isEqualTo(2);
        assertThat(engine.store().projections().slips().versionsOf(id)).hasSize(2);
        assertThat(latestInformation(id)).isEqualTo("typing 123");
        assertThat(slipEntries(id).get(0).nextRunAt()).as("waits for the typing to pause").isAfter(java.time.Instant.now());
    }

    @Test
    void anExplicitSaveTakesTheWaitingAutosaveOverAndTheNextAutosaveIsAChangeOfItsOwn() {
        String id = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1")).aggregateId();
        engine.changes().draftSlip(id, slip("typing"));

        engine.changes().editSlip(id, slip("saved as version 2"));
        assertThat(slipEntries(id)).hasSize(1);
        assertThat(slipEntries(id).get(0).nextRunAt()).as("a save goes now").isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(latestInformation(id)).isEqualTo("saved as version 2");

        engine.changes().draftSlip(id, slip("typing after the save"));
        assertThat(slipEntries(id)).as("the saved version stays a version of its own").hasSize(2);
        assertThat(engine.store().projections().slips().versionsOf(id)).hasSize(3);
        assertThat(latestInformation(id)).isEqualTo("typing after the save");
    }

    @Test
    void anExplicitSaveAfterAnotherIsNeverCoalesced() {
        String id = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1")).aggregateId();

        engine.changes().editSlip(id, slip("v2"));
        engine.changes().editSlip(id, slip("v3"));

        assertThat(slipEntries(id)).hasSize(2);
    }

    @Test
    void anAutosaveIsNotCoalescedIntoARefusedChange() {
        String id = engine.changes().draftPlacement("Offline draft", UUID.randomUUID(), null, slip("v1")).aggregateId();
        var refused = engine.changes().draftSlip(id, slip("refused by the exchange"));
        offline.vault.transaction(() -> {
            engine.store().outbox().markFailed(refused.clientMutationId(), "VALIDATION: riskDetails.premium required");
            return null;
        });

        var next = engine.changes().draftSlip(id, slip("typing on"));

        assertThat(next.clientMutationId()).isNotEqualTo(refused.clientMutationId());
        assertThat(engine.store().outbox().find(refused.clientMutationId()).orElseThrow().payload().path("body")
                .path("information").asText()).as("the refused change is kept as the exchange saw it").isEqualTo("refused by the exchange");
    }
}
