package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.SlipField;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.Slip;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0812, through the editor's view-model, a real vault and the in-process exchange: the slip open in
 * the editor changes elsewhere (another desk of the broker's; a merge lands the same way in the vault).
 * An editor with nothing of its own shows the newest version after the sync; one with the user's typing
 * keeps it, says so, and its save reaches the conflict view instead of overwriting the newer slip.
 */
class StaleEditorTest {

    @TempDir
    Path dir;

    @Test
    void anEditorWithoutChangesOfItsOwnShowsTheNewestVersionAfterASync() {
        market((alice, engine, editor, p) -> {
            changeElsewhere(alice, p, "Eastern Sky Airlines Holdings");
            engine.runCycle();

            editor.followLatest();

            assertThat(editor.field(SlipField.INSURED).get()).isEqualTo("Eastern Sky Airlines Holdings");
            assertThat(editor.staleProperty().get()).isFalse();
        });
    }

    @Test
    void aStaleEditorsSaveGoesToTheConflictViewAndLeavesTheNewerSlipAlone() {
        market((alice, engine, editor, p) -> {
            editor.field(SlipField.INSURED).set("Eastern Sky Airlines Group");
            changeElsewhere(alice, p, "Eastern Sky Airlines Holdings");
            engine.runCycle();

            editor.followLatest();
            assertThat(editor.staleProperty().get()).isTrue();
            assertThat(editor.problemProperty().get()).contains("changed since you began");
            assertThat(editor.field(SlipField.INSURED).get()).as("the user's typing is kept").isEqualTo("Eastern Sky Airlines Group");

            editor.saveVersion("mine");
            engine.runCycle();

            assertThat(engine.conflicts().open()).hasSize(1);
            assertThat(engine.conflicts().open().get(0).mine().at("/riskDetails/insured").asText()).isEqualTo("Eastern Sky Airlines Group");
            assertThat(engine.conflicts().open().get(0).theirs().at("/riskDetails/insured").asText())
                    .isEqualTo("Eastern Sky Airlines Holdings");
            assertThat(alice.placements().get(p.id()).slip().riskDetails().insured()).isEqualTo("Eastern Sky Airlines Holdings");

            // typing on before the conflict is settled stays a local draft: nothing queued behind the conflict
            editor.field(SlipField.INFORMATION).set("Loss record 2022-2026 attached. Typed while in conflict.");
            editor.autosave();
            assertThat(engine.store().outbox().unfinished()).hasSize(1);
        });
    }

    private interface Market {
        void run(ExchangeClient alice, SyncEngine engine, SlipEditorViewModel editor, Placement p);
    }

    private void market(Market test) {
        try (SyncedEditor desk = new SyncedEditor(dir)) {
            Placement p = desk.seededDraft("B0999STALE0001", "Stale editor");
            desk.editor.open(p.id().toString());
            test.run(desk.alice, desk.engine, desk.editor, p);
        }
    }

    /** The broker's other desk renames the insured at the exchange. */
    private static void changeElsewhere(ExchangeClient alice, Placement p, String insured) {
        Placement now = alice.placements().get(p.id());
        Slip s = now.slip();
        RiskDetails r = s.riskDetails();
        RiskDetails renamed = new RiskDetails(r.type(), r.reinsured(), insured, r.periodStart(), r.periodEnd(), r.timeZone(),
                r.interest(), r.limit(), r.sumInsured(), r.excess(), r.retention(), r.deductible(), r.territorialScope(),
                r.conditions(), r.exclusions(), r.choiceOfLaw(), r.jurisdiction(), r.premium(), r.paymentTerms(), r.taxes(),
                r.subjectivities(), r.cededShare(), r.lines(), r.reinstatementRates(), r.aggregateLimit(),
                r.stopLossAttachment(), r.stopLossLimit());
        alice.placements().putSlip(p.id(), new Slip(s.umr(), s.contractKind(), renamed, s.information(), s.securityDetails(),
                s.subscriptionAgreement(), s.fiscalRegulatory(), s.brokerRemuneration()), now.version());
    }
}
