package io.redesk.app.ui.slips;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.DeskFixture;
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

/**
 * The demo broker's slip editor sending through a sync engine, over the in-process exchange with the
 * demo seed and a fresh vault (the real pieces the editor tests of issue 19 run on).
 */
final class SyncedEditor implements AutoCloseable {

    final DeskFixture fx;
    final ExchangeClient alice;
    final SyncEngine engine;
    final SlipEditorViewModel editor;

    SyncedEditor(Path dir) {
        fx = new DeskFixture(dir);
        alice = fx.signIn("broker.alice");
        BrokerDesk desk = new BrokerDesk(alice, new PlacementRepository(fx.vault), Clock.systemUTC());
        engine = new SyncEngine(fx.vault, alice, SyncConfig.defaults());
        engine.runCycle();
        editor = new SlipEditorViewModel(new I18n(Language.ENGLISH), new CurrentThreadTaskExecutor(), new io.redesk.app.desk.SlipEditing(new DraftRepository(fx.vault), new SlipVersionRepository(fx.vault), new PlacementRepository(fx.vault),
                java.util.Optional.of(new SlipOutbox(engine, desk::cedents)), java.util.Optional.empty()));
    }

    /** A draft placement exactly as the demo seeds its aviation drafts, synced into the vault. */
    Placement seededDraft(String umr, String title) {
        Placement p = alice.placements().create(new PlacementCreateRequest(title, DemoSeed.DONGFANG, null,
                DemoPlacements.slip(umr)));
        engine.runCycle();
        return p;
    }

    @Override
    public void close() {
        engine.close();
        fx.close();
    }
}
