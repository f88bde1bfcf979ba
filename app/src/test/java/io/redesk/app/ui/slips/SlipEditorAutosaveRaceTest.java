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
import io.redesk.app.task.SteppedTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RetryBudget;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first save of a new slip racing its autosaves (two background threads in the app, so any order
 * of their vault writes and of their callbacks on the FX thread): whatever the interleaving, the slips
 * list has exactly one row for the slip, under the id the editor has, and reopening it shows the last
 * keystroke. Every interleaving is replayed with a hand-stepped executor over a real vault and the real
 * sync engine's outbox; the second test adds the exchange accepting the slip (re-keying it) at every
 * point, against the in-process exchange.
 */
class SlipEditorAutosaveRaceTest {

    private static final String CEDENT = "Dongfang Property & Casualty";

    @TempDir
    Path dir;
    final I18n i18n = new I18n(Language.ENGLISH);

    /** One step of a replay: the user's next action, a task's work, or the FX thread's next callback. */
    private sealed interface Step permits UserAction, Work, Callback, Accept {
    }

    private record UserAction(int n) implements Step {
    }

    private record Work(int task) implements Step {
    }

    private record Callback() implements Step {
    }

    private record Accept() implements Step {
    }

    /**
     * The user types premium 0, autosave fires (task 0); types premium 1 and saves (task 1, the first
     * send of the new slip); types premium 2, autosave fires (task 2).
     */
    private static final int USER_ACTIONS = 3;

    @Test
    void aNewSlipKeepsOneRowAndTheLastKeystrokeWhateverOrderItsFirstSaveAndAutosavesRunIn() throws IOException {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        try (Vault vault = Vaults.create(new VaultLocation(dir, "t"), "pw pw pw pw".toCharArray(), CryptoSuite.INTERNATIONAL,
                VaultOptions.defaults().withKdf(new KdfParams(256, 1, 1)));
             ExchangeClient offline = ExchangeClient.create(ExchangeClientOptions.builder()
                     .baseUrl("http://127.0.0.1:" + deadPort).retryBudget(RetryBudget.NONE).build());
             SyncEngine engine = new SyncEngine(vault, offline, SyncConfig.defaults())) {
            List<Organisation> cedents = List.of(new Organisation(UUID.randomUUID(), CEDENT, OrgType.CEDENT, "CN", false));
            List<List<Step>> replays = interleavings(false);
            assertThat(replays).hasSizeGreaterThan(50);
            int n = 0;
            for (List<Step> replay : replays) {
                String umr = "B0999RACE" + String.format("%04d", n++);
                replay(vault, engine, () -> cedents, umr, replay, e -> { });
            }
        }
    }

    @Test
    void theExchangeAcceptingTheNewSlipAtAnyPointOfTheRaceStillLeavesOneRowUnderItsIdWithTheLastKeystroke() {
        try (DeskFixture fx = new DeskFixture(dir)) {
            ExchangeClient alice = fx.signIn("broker.alice");
            BrokerDesk desk = new BrokerDesk(alice, new PlacementRepository(fx.vault), Clock.systemUTC());
            List<Organisation> cedents = desk.cedents();
            try (SyncEngine engine = new SyncEngine(fx.vault, alice, SyncConfig.defaults())) {
                engine.runCycle();
                List<List<Step>> replays = interleavings(true);
                // the accepting cycle at every point of a few representative orders keeps this fast
                List<List<Step>> chosen = new ArrayList<>();
                for (int i = 0; i < replays.size(); i += Math.max(1, replays.size() / 24)) {
                    chosen.add(replays.get(i));
                }
                int n = 0;
                for (List<Step> replay : chosen) {
                    String umr = "B0999RACEX" + String.format("%03d", n++);
                    replay(fx.vault, engine, () -> cedents, umr, replay, e -> engine.runCycle());
                    String id = rowsOf(fx.vault, umr).get(0).id();
                    assertThat(engine.store().copies().get("PLACEMENT", id)).as("%s: the row is the exchange's", replay)
                            .isPresent();
                }
            }
        }
    }

    private void replay(Vault vault, SyncEngine engine, java.util.function.Supplier<List<Organisation>> cedents, String umr,
                        List<Step> steps, Consumer<SyncEngine> accept) {
        SteppedTaskExecutor executor = new SteppedTaskExecutor();
        DraftRepository drafts = new DraftRepository(vault);
        SlipEditorViewModel editor = new SlipEditorViewModel(i18n, executor, new io.redesk.app.desk.SlipEditing(drafts, new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.of(new SlipOutbox(engine, cedents)), java.util.Optional.empty()));
        editor.newFromTemplate("fac-property-qs", LocalDate.of(2027, 1, 1));
        editor.show(DeskFixture.completeSlip(umr).with(SlipField.REINSURED, CEDENT));
        editor.titleProperty().set("Race " + umr);
        int user = 0;
        for (Step step : steps) {
            if (step instanceof UserAction a) {
                editor.field(SlipField.PREMIUM).set(premium(a.n()));
                if (a.n() == 1) {
                    editor.saveVersion("");
                } else {
                    editor.autosave();
                }
                user++;
            } else if (step instanceof Work w) {
                executor.runWork(w.task());
            } else if (step instanceof Callback) {
                executor.deliverNextCallback();
            } else {
                accept.accept(engine);
            }
        }
        assertThat(user).isEqualTo(USER_ACTIONS);
        // the view's autosave timer fires for typing not yet saved
        if (editor.dirtyProperty().get()) {
            autosaveNow(editor, executor);
        }
        List<SlipCatalog.Row> settled = rowsOf(vault, umr);
        assertThat(settled).as("rows of the slip after %s", steps).hasSize(1);
        assertThat(reopen(vault, settled.get(0).id()).field(SlipField.PREMIUM).get()).as("reopened after %s", steps)
                .isEqualTo(premium(2));
        // and the user types on: it lands on the slip's one row, whatever id it has now
        editor.field(SlipField.PREMIUM).set(premium(3));
        autosaveNow(editor, executor);
        assertThat(editor.problemProperty().get()).as("%s", steps).isEmpty();

        List<SlipCatalog.Row> rows = rowsOf(vault, umr);
        assertThat(rows).as("rows of the slip after %s", steps).hasSize(1);
        assertThat(rows.get(0).id()).as("%s", steps).isEqualTo(editor.placementId());
        assertThat(reopen(vault, rows.get(0).id()).field(SlipField.PREMIUM).get()).as("reopened after %s", steps).isEqualTo(premium(3));
        List<OutboxEntry> creates = engine.store().outbox().forAggregate("PLACEMENT", rows.get(0).id()).stream()
                .filter(e -> e.op().equals("CREATE_PLACEMENT")).toList();
        assertThat(creates).as("%s", steps).hasSize(1);
        assertThat(drafts.ofKind(SlipEditorViewModel.DRAFT_KIND)).as("no draft left under another id after %s", steps)
                .allSatisfy(d -> assertThat(rowsWithId(vault, d.value().id())).isTrue());
    }

    private static void autosaveNow(SlipEditorViewModel editor, SteppedTaskExecutor executor) {
        editor.autosave();
        executor.runWork(executor.queued() - 1);
        executor.deliverCallbacks();
    }

    /** The slip {@code id} as a freshly opened editor shows it (its draft, else its latest version). */
    private SlipEditorViewModel reopen(Vault vault, String id) {
        SlipEditorViewModel reopened = new SlipEditorViewModel(i18n, new CurrentThreadTaskExecutor(), new io.redesk.app.desk.SlipEditing(new DraftRepository(vault), new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.empty(), java.util.Optional.empty()));
        reopened.open(id);
        return reopened;
    }

    private static String premium(int n) {
        return "120000" + n + ".00";
    }

    private static List<SlipCatalog.Row> rowsOf(Vault vault, String umr) {
        return new SlipCatalog(vault).all().stream().filter(r -> umr.equals(r.umr())).toList();
    }

    private static boolean rowsWithId(Vault vault, String id) {
        return new PlacementRepository(vault).find(id).isPresent();
    }

    /**
     * Every order the app's two worker threads and the FX thread could produce: task {@code i} is queued
     * by user action {@code i} and runs after it, callbacks run on the FX thread in the order the works
     * finished, the user acts in order; with {@code accept}, one sync cycle (the exchange accepting the
     * queued create) somewhere after the send's work.
     */
    private static List<List<Step>> interleavings(boolean accept) {
        List<List<Step>> out = new ArrayList<>();
        walk(new ArrayList<>(), 0, new boolean[USER_ACTIONS], 0, 0, !accept, out);
        return out;
    }

    private static void walk(List<Step> path, int acted, boolean[] worked, int works, int delivered, boolean accepted,
                             List<List<Step>> out) {
        if (acted == USER_ACTIONS && works == USER_ACTIONS && delivered == USER_ACTIONS && accepted) {
            out.add(List.copyOf(path));
            return;
        }
        if (acted < USER_ACTIONS) {
            path.add(new UserAction(acted));
            walk(path, acted + 1, worked, works, delivered, accepted, out);
            path.remove(path.size() - 1);
        }
        for (int t = 0; t < acted; t++) {
            if (!worked[t]) {
                worked[t] = true;
                path.add(new Work(t));
                walk(path, acted, worked, works + 1, delivered, accepted, out);
                path.remove(path.size() - 1);
                worked[t] = false;
            }
        }
        if (delivered < works) {
            path.add(new Callback());
            walk(path, acted, worked, works, delivered + 1, accepted, out);
            path.remove(path.size() - 1);
        }
        if (!accepted && worked[1]) {
            path.add(new Accept());
            walk(path, acted, worked, works, delivered, true, out);
            path.remove(path.size() - 1);
        }
    }
}
