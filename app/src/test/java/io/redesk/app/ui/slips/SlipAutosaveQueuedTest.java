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

    /**
     * An autosave the editor cannot queue (a typing error in a field) is a local draft not sent: the
     * status bar never says only "No pending changes" while the screen differs from the exchange's copy,
     * and the list marks the row; once the field is fixed the draft is queued and the mark goes (ADR 0811).
     */
    @Test
    void anAutosaveThatCannotBeSentIsCountedAndMarkedAsALocalDraftUntilItIsQueued() throws Exception {
        try (SyncedEditor desk = new SyncedEditor(dir)) {
            SyncEngine engine = desk.engine;
            SlipEditorViewModel editor = desk.editor;
            io.redesk.app.sync.StatusModel model = new io.redesk.app.sync.StatusModel(
                    io.redesk.app.sync.SyncStatus.notConfigured().online("exchange.test"));
            editor.onLocalDrafts(n -> model.update(st -> st.withLocalDrafts(n)));
            // the engine's queued count reaches the bar as in the app
            var bridge = new io.redesk.app.session.SyncStatusBridge(engine, model, "exchange.test");
            I18n en = new I18n(Language.ENGLISH);
            var bar = new io.redesk.app.ui.status.StatusBarViewModel(model, en, Runnable::run);
            Placement p = desk.seededDraft("B0999AUTO00002", "Typing error");
            String id = p.id().toString();
            editor.open(id);

            editor.field(SlipField.INFORMATION).set("Survey attached.");
            editor.field(SlipField.SUM_INSURED).set("12,5OO,000"); // letter O typed for zero
            editor.autosave();

            assertThat(engine.state().pending()).as("nothing can be queued with a typing error").isZero();
            assertThat(model.current().localDrafts()).isEqualTo(1);
            assertThat(bar.pendingText().get()).isEqualTo("No pending changes · 1 local draft not sent");
            SlipCatalog.Row row = new SlipCatalog(desk.fx.vault).rows(java.util.List.of(id)).get(0);
            assertThat(row.pending()).isEqualTo(SlipCatalog.Pending.DRAFT);
            assertThat(StatusText.text(en, row)).isEqualTo("Draft · local draft not sent");
            assertThat(StatusText.text(new I18n(Language.CHINESE), row)).endsWith("本地草稿未发送");

            editor.field(SlipField.SUM_INSURED).set("12,500,000");
            editor.autosave();

            assertThat(engine.state().pending()).isEqualTo(1);
            assertThat(model.current().localDrafts()).isZero();
            assertThat(bar.pendingText().get()).isEqualTo("1 pending change");
            assertThat(new SlipCatalog(desk.fx.vault).rows(java.util.List.of(id)).get(0).pending())
                    .isEqualTo(SlipCatalog.Pending.CHANGES);
            engine.syncNow().join();
            assertThat(new SlipCatalog(desk.fx.vault).rows(java.util.List.of(id)).get(0).pending())
                    .isEqualTo(SlipCatalog.Pending.NONE);
            bar.close();
            bridge.close();
        }
    }
}
