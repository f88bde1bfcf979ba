package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipOutbox;
import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RetryBudget;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.vault.Vault;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submit goes through the sync engine's outbox on the editor's write path (ADR 0791), against the real
 * in-process exchange and a real vault: one placement at the exchange however often the user presses
 * Submit, the typing after it autosaved onto the same row, and offline the submission waits in the
 * outbox instead of failing.
 */
class SlipSubmitThroughOutboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    final I18n i18n = new I18n(Language.ENGLISH);

    @Test
    void aNewSlipIsSubmittedOnceAndTheTypingAfterItStaysOnItsOneRow() {
        online((fx, alice, engine, editor) -> {
            String umr = "B0999SUBMIT01";
            editor.show(DeskFixture.completeSlip(umr));
            editor.titleProperty().set("Yangshan port stock");
            editor.field(SlipField.PREMIUM).set("1200001.00");
            editor.autosave(); // a local draft row first, as typing makes one

            SlipEditorViewModel.Submission done = submit(editor);
            assertThat(done.delivery()).isEqualTo(Delivery.SENT);
            assertThat(done.umr()).isEqualTo(umr);
            List<Placement> atExchange = alice.placements().listAll(null).filter(p -> umr.equals(p.umr())).toList();
            assertThat(atExchange).hasSize(1);
            assertThat(atExchange.get(0).status().name()).isEqualTo("SUBMITTED");
            assertThat(atExchange.get(0).slip().riskDetails().premium().amount()).isEqualTo("1200001.00");
            assertThat(editor.statusProperty().get()).isEqualTo(PlacementStatus.SUBMITTED);

            // pressing Submit again: refused by the workflow before anything is queued
            AtomicReference<Throwable> refused = new AtomicReference<>();
            editor.submit(PATIENCE, d -> { }, refused::set);
            assertThat(refused.get()).isInstanceOf(IllegalTransitionException.class);
            assertThat(engine.store().outbox().unfinished()).isEmpty();
            assertThat(alice.placements().listAll(null).filter(p -> umr.equals(p.umr())).count()).isEqualTo(1);

            // typing on after the submission lands on the slip's one row, under the exchange's id
            editor.field(SlipField.PREMIUM).set("1200002.00");
            editor.autosave();
            List<SlipCatalog.Row> rows = rowsOf(fx.vault, umr);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).id()).isEqualTo(atExchange.get(0).id().toString()).isEqualTo(editor.placementId());
            // ... as a pending change of it (ADR 0811): the slip's newest version in the vault is the typing
            assertThat(new SlipVersionRepository(fx.vault).latestOf(rows.get(0).id()).orElseThrow().value().slip()
                    .at("/riskDetails/premium/amount").asText()).isEqualTo("1200002.00");
            assertThat(engine.state().pending()).isEqualTo(1);
        });
    }

    @Test
    void aSlipAlreadySavedIsSubmittedWithoutANewVersionWhenUnchanged() {
        online((fx, alice, engine, editor) -> {
            String umr = "B0999SUBMIT02";
            editor.show(DeskFixture.completeSlip(umr));
            editor.saveVersion("");
            engine.runCycle();
            Placement saved = alice.placements().listAll(null).filter(p -> umr.equals(p.umr())).findFirst().orElseThrow();

            assertThat(submit(editor).delivery()).isEqualTo(Delivery.SENT);
            Placement submitted = alice.placements().get(saved.id());
            assertThat(submitted.status().name()).isEqualTo("SUBMITTED");
            assertThat(submitted.slipVersion()).as("no second, identical slip version").isEqualTo(saved.slipVersion());
            assertThat(alice.placements().listAll(null).filter(p -> umr.equals(p.umr())).count()).isEqualTo(1);
        });
    }

    @Test
    void offlineTheSubmissionWaitsInTheOutboxAndAnIncompleteSlipIsRefusedBeforeAnythingIsQueued() throws IOException {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        try (DeskFixture fx = new DeskFixture(dir)) {
            BrokerDesk desk = new BrokerDesk(fx.signIn("broker.alice"), new PlacementRepository(fx.vault), Clock.systemUTC());
            var cedents = desk.cedents(); // fetched while online, as the app does at sign-in
            try (ExchangeClient offline = ExchangeClient.create(ExchangeClientOptions.builder()
                    .baseUrl("http://127.0.0.1:" + deadPort).retryBudget(RetryBudget.NONE).build());
                 SyncEngine engine = new SyncEngine(fx.vault, offline, SyncConfig.defaults())) {
                SlipEditorViewModel editor = editor(fx.vault, new SlipOutbox(engine, () -> cedents));

                editor.show(DeskFixture.completeSlip("B0999SUBMIT03").with(SlipField.PREMIUM, ""));
                assertThat(editor.submit(PATIENCE, d -> { }, e -> { })).as("incomplete: not submitted").isFalse();
                assertThat(editor.error(SlipField.PREMIUM).get()).isNotEmpty();
                assertThat(engine.store().outbox().unfinished()).isEmpty();

                editor.field(SlipField.PREMIUM).set("1200000.00");
                SlipEditorViewModel.Submission done = submit(editor);
                assertThat(done.delivery()).isEqualTo(Delivery.PENDING);
                assertThat(engine.store().outbox().unfinished()).extracting(OutboxEntry::op)
                        .containsExactly("CREATE_PLACEMENT", "TRANSITION");
                assertThat(rowsOf(fx.vault, "B0999SUBMIT03")).singleElement()
                        .satisfies(r -> assertThat(r.status()).isEqualTo(PlacementStatus.SUBMITTED));
            }
        }
    }

    /** What a test of the online submission gets: the exchange, the broker's client, the engine and the editor. */
    private interface Online {
        void run(DeskFixture fx, ExchangeClient alice, SyncEngine engine, SlipEditorViewModel editor);
    }

    /** Runs {@code test} signed in as the demo broker, with a synced engine and an editor sending through it. */
    private void online(Online test) {
        try (DeskFixture fx = new DeskFixture(dir)) {
            ExchangeClient alice = fx.signIn("broker.alice");
            BrokerDesk desk = new BrokerDesk(alice, new PlacementRepository(fx.vault), Clock.systemUTC());
            try (SyncEngine engine = new SyncEngine(fx.vault, alice, SyncConfig.defaults())) {
                engine.runCycle();
                test.run(fx, alice, engine, editor(fx.vault, new SlipOutbox(engine, desk::cedents)));
            }
        }
    }

    private SlipEditorViewModel editor(Vault vault, SlipOutbox outbox) {
        SlipEditorViewModel editor = new SlipEditorViewModel(i18n, new CurrentThreadTaskExecutor(), new io.redesk.app.desk.SlipEditing(new DraftRepository(vault), new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.of(outbox), java.util.Optional.empty()));
        editor.newFromTemplate("fac-property-qs", LocalDate.of(2027, 1, 1));
        return editor;
    }

    private static SlipEditorViewModel.Submission submit(SlipEditorViewModel editor) {
        List<SlipEditorViewModel.Submission> done = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        assertThat(editor.submit(PATIENCE, done::add, refused::add)).isTrue();
        assertThat(refused).isEmpty();
        assertThat(done).hasSize(1);
        return done.get(0);
    }

    private static List<SlipCatalog.Row> rowsOf(Vault vault, String umr) {
        return new SlipCatalog(vault).all().stream().filter(r -> umr.equals(r.umr())).toList();
    }
}
