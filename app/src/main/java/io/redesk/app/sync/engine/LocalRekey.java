package io.redesk.app.sync.engine;

import io.redesk.store.doc.Stored;
import io.redesk.store.draft.DraftRecord;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.line.LineRecord;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.SlipVersionRecord;

/**
 * Moves a locally created aggregate's projection from its temporary id to the id the exchange gave it,
 * keeping the user's content (later queued edits still show until they are through). Runs inside the
 * transaction that marks the create as accepted.
 */
final class LocalRekey {

    private LocalRekey() {
    }

    /**
     * The slip editor's autosaved draft of the placement (typing newer than what was queued) follows it
     * to the exchange's id, so reopening the slip from the list shows that typing (ADR 0771).
     */
    private static void moveDraft(SyncStore store, String from, String to) {
        DraftRepository drafts = new DraftRepository(store.vault());
        drafts.find(from).ifPresent(d -> {
            DraftRecord r = d.value();
            drafts.save(new DraftRecord(to, r.kind(), r.title(), r.content()));
            drafts.delete(from);
        });
    }

    static void move(SyncStore store, Op.Aggregate aggregate, String from, String to) {
        Projections p = store.projections();
        switch (aggregate) {
            case PLACEMENT -> {
                moveDraft(store, from, to);
                p.placements().find(from).ifPresent(old -> {
                    PlacementRecord r = old.value();
                    p.placements().save(new PlacementRecord(to, r.umr(), r.title(), r.status(), r.cedentId(), r.brokerId(),
                            r.inception(), r.expiry(), r.currentSlipVersion(), r.contractKind()));
                    for (Stored<SlipVersionRecord> s : p.slips().versionsOf(from)) {
                        SlipVersionRecord v = s.value();
                        p.slips().save(new SlipVersionRecord(Projections.slipVersionId(to, v.slipVersion()), to,
                                v.slipVersion(), v.effectiveDate(), v.changeNote(), v.slip()));
                    }
                    p.placements().delete(from); // cascades to its slip versions
                });
            }
            case LINE -> p.lines().find(from).ifPresent(old -> {
                LineRecord r = old.value();
                p.lines().save(new LineRecord(to, r.placementId(), r.reinsurerId(), r.status(), r.written(), r.toStand(),
                        r.signed(), r.underwriterReference(), r.conditions(), r.subjectivities(), r.writtenAt()));
                p.lines().delete(from);
            });
            case TECHNICAL_ACCOUNT, CLAIM, SETTLEMENT, INVOICE, CASH_CALL ->
                // the record the create made locally; the exchange's document is projected next, with the
                // user's later queued changes of it (now under the exchange's id) replayed on top
                new FinanceProjector(store).delete(aggregate.name(), from);
            case QUOTE -> {
                // quotes are created by the exchange (an inquiry), never with a local id
            }
            default -> throw new IllegalArgumentException("unknown aggregate " + aggregate);
        }
    }
}
