package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipOutbox;
import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import java.nio.file.Path;
import java.time.Clock;
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
        try (DeskFixture fx = new DeskFixture(dir)) {
            ExchangeClient alice = fx.signIn("broker.alice");
            Placement p = alice.placements().create(new PlacementCreateRequest("Autosave", DemoSeed.DONGFANG, null,
                    DemoPlacements.slip("B0999AUTO00001")));
            BrokerDesk desk = new BrokerDesk(alice, new PlacementRepository(fx.vault), Clock.systemUTC());
            try (SyncEngine engine = new SyncEngine(fx.vault, alice, SyncConfig.defaults())) {
                engine.runCycle();
                SlipEditorViewModel editor = new SlipEditorViewModel(new I18n(Language.ENGLISH), new CurrentThreadTaskExecutor(),
                        new DraftRepository(fx.vault), new SlipVersionRepository(fx.vault), new PlacementRepository(fx.vault));
                editor.sendThrough(new SlipOutbox(engine, desk::cedents));
                editor.open(p.id().toString());
                assertThat(engine.state().pending()).isZero();

                editor.field(SlipField.INFORMATION).set("Loss record 2022-2026 attached. Survey");
                editor.autosave();
                editor.field(SlipField.INFORMATION).set("Loss record 2022-2026 attached. Survey 2026 attached.");
                editor.autosave();

                assertThat(engine.state().pending()).as("one pending change for the slip").isEqualTo(1);
                SlipCatalog.Row row = new SlipCatalog(fx.vault).rows(java.util.List.of(p.id().toString())).get(0);
                assertThat(row.pending()).isEqualTo(SlipCatalog.Pending.CHANGES);
                assertThat(StatusText.text(new I18n(Language.ENGLISH), row)).isEqualTo("Draft · queued");

                engine.runCycle();
                assertThat(engine.state().pending()).as("a background cycle leaves it while the typing may go on").isEqualTo(1);
                engine.syncNow().join(); // the user's Sync now sends it

                assertThat(engine.state().pending()).isZero();
                Placement after = alice.placements().get(p.id());
                assertThat(after.slipVersion()).isEqualTo(p.slipVersion() + 1);
                assertThat(after.slip().information()).isEqualTo("Loss record 2022-2026 attached. Survey 2026 attached.");
                assertThat(after.slip().riskDetails().retention()).isEqualTo(p.slip().riskDetails().retention());
                assertThat(new SlipCatalog(fx.vault).rows(java.util.List.of(p.id().toString())).get(0).pending())
                        .isEqualTo(SlipCatalog.Pending.NONE);
                assertThat(new DraftRepository(fx.vault).find(p.id().toString())).as("no local draft left behind").isEmpty();
            }
        }
    }
}
