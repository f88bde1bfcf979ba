package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.WireSlips;
import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a proportional slip's ceded share goes to the exchange, is stored there, comes back
 * through sync into the vault, and the slip fetched from the exchange opens in the editor with it.
 */
class CededShareFetchedTest {

    @TempDir
    Path dir;

    @Test
    void aSlipFetchedFromTheExchangeOpensWithItsCededShare() {
        try (DeskFixture fx = new DeskFixture(dir)) {
            ExchangeClient alice = fx.signIn("broker.alice");
            // placed from another desk of the same broker
            Placement p = alice.placements().create(new PlacementCreateRequest("Ceded share round trip", DemoSeed.DONGFANG,
                    null, WireSlips.toWire(DeskFixture.completeSlip("B0999CEDE0001").with(SlipField.CEDED_SHARE, "35.5")
                            .parse().slip())));
            assertThat(alice.placements().get(p.id()).slip().riskDetails().cededShare()).isEqualTo("35.5000");
            try (SyncEngine engine = new SyncEngine(fx.vault, alice, SyncConfig.defaults())) {
                engine.runCycle();
            }

            SlipEditorViewModel editor = new SlipEditorViewModel(new I18n(Language.ENGLISH), new CurrentThreadTaskExecutor(), new io.redesk.app.desk.SlipEditing(new DraftRepository(fx.vault), new SlipVersionRepository(fx.vault), new PlacementRepository(fx.vault),
                java.util.Optional.empty(), java.util.Optional.empty()));
            editor.open(p.id().toString());

            assertThat(editor.field(SlipField.UMR).get()).isEqualTo("B0999CEDE0001");
            assertThat(editor.field(SlipField.CEDED_SHARE).get()).isEqualTo("35.5000");
            editor.checkForSubmission();
            assertThat(editor.error(SlipField.CEDED_SHARE).get()).as("not asked for any more").isEmpty();
        }
    }
}
