package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.SlipField;
import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.draft.DraftRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is pending is what differs (ADR 0811), through the editor's view-model, a real vault and the
 * in-process exchange: an autosaved edit of a slip the exchange has is one pending change (coalesced
 * however often it autosaves), the slips list marks it queued, and a sync takes exactly that typing to
 * the exchange as one new slip version, after which nothing is pending.
 */
class SlipAutosaveQueuedTest {

    @TempDir
    Path dir;

    @Test
    void anAutosavedEditIsOnePendingChangeUntilSyncTakesItToTheExchange() {
        try (SyncedEditor desk = new SyncedEditor(dir)) {
            SyncEngine engine = desk.engine;
            SlipEditorViewModel editor = desk.editor;
            Placement p = desk.seededDraft("B0999AUTO00001", "Autosave");
            editor.open(p.id().toString());
            assertThat(engine.state().pending()).isZero();

            editor.field(SlipField.INFORMATION).set("Loss record 2022-2026 attached. Survey");
            editor.autosave();
            editor.field(SlipField.INFORMATION).set("Loss record 2022-2026 attached. Survey 2026 attached.");
            editor.autosave();

            assertThat(engine.state().pending()).as("one pending change for the slip").isEqualTo(1);
            SlipCatalog.Row row = new SlipCatalog(desk.fx.vault).rows(java.util.List.of(p.id().toString())).get(0);
            assertThat(row.pending()).isEqualTo(SlipCatalog.Pending.CHANGES);
            assertThat(StatusText.text(new I18n(Language.ENGLISH), row)).isEqualTo("Draft · queued");

            engine.runCycle();
            assertThat(engine.state().pending()).as("a background cycle leaves it while the typing may go on").isEqualTo(1);
            engine.syncNow().join(); // the user's Sync now sends it

            assertThat(engine.state().pending()).isZero();
            Placement after = desk.alice.placements().get(p.id());
            assertThat(after.slipVersion()).isEqualTo(p.slipVersion() + 1);
            assertThat(after.slip().information()).isEqualTo("Loss record 2022-2026 attached. Survey 2026 attached.");
            assertThat(after.slip().riskDetails().retention()).isEqualTo(p.slip().riskDetails().retention());
            assertThat(new SlipCatalog(desk.fx.vault).rows(java.util.List.of(p.id().toString())).get(0).pending())
                    .isEqualTo(SlipCatalog.Pending.NONE);
            assertThat(new DraftRepository(desk.fx.vault).find(p.id().toString())).as("no local draft left behind").isEmpty();
        }
    }
}
