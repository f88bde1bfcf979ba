package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.store.doc.Stored;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies one exchange document (from the feed or a push's answer) to the vault: the exchange's copy
 * always, when it is newer than the one held; the projection unless the user has changes of that
 * aggregate still waiting in the outbox (then the screen keeps showing the user's version until they
 * are through). Market state the exchange controls (quotes, signed lines) always takes theirs. Finance
 * documents are projected by {@link FinanceProjector}: the copy with the user's queued changes replayed on
 * top. Runs inside the caller's vault transaction.
 */
final class Applier {

    private final SyncStore store;
    private final FinanceProjector finance;

    Applier(SyncStore store) {
        this.store = store;
        this.finance = new FinanceProjector(store);
    }

    FinanceProjector finance() {
        return finance;
    }

    /**
     * @param doc  a {@link Placement}, {@link Quote} or {@link Line}
     * @param busy keys ({@code TYPE:id}) of aggregates with unfinished outbox entries
     * @return whether the document was newer than the copy held
     */
    boolean apply(Object doc, Set<String> busy) {
        return apply(doc, (Predicate<String>) busy::contains);
    }

    /** As {@link #apply(Object, Set)}, asking {@code busy} about the aggregates the document touches. */
    boolean apply(Object doc, Predicate<String> busy) {
        if (Ids.finance(doc)) {
            return applyFinance(doc, null);
        }
        if (doc instanceof Placement p) {
            String id = p.id().toString();
            if (!saveCopy("PLACEMENT", id, id, p.version(), doc)) {
                return false;
            }
            if (!busy.test(ServerCopy.key("PLACEMENT", id))) {
                boolean first = store.projections().placements().find(id).isEmpty();
                store.projections().placement(p);
                if (first) {
                    projectChildren(id, busy);
                }
            }
            return true;
        }
        if (doc instanceof Quote q) {
            if (!saveCopy("QUOTE", q.id().toString(), q.placementId().toString(), q.version(), doc)) {
                return false;
            }
            store.projections().quote(q); // market state: always theirs
            return true;
        }
        if (doc instanceof Line l) {
            String id = l.id().toString();
            if (!saveCopy("LINE", id, l.placementId().toString(), l.version(), doc)) {
                return false;
            }
            if (l.status() == LineStatus.SIGNED || !busy.test(ServerCopy.key("LINE", id))) {
                store.projections().line(l);
            }
            return true;
        }
        throw new IllegalArgumentException("not an exchange document: " + (doc == null ? "null" : doc.getClass()));
    }

    /**
     * A finance document (technical account, claim, settlement, invoice; ADR 0622): the copy when newer, and
     * the projection re-derived from it with the user's unfinished changes of it replayed on top.
     *
     * @param pending the user's unfinished finance changes by entity ({@link FinanceProjector#pendingByEntity}),
     *                or null to read them
     */
    boolean applyFinance(Object doc, java.util.Map<String, java.util.List<io.redesk.store.outbox.OutboxEntry>> pending) {
        String type = Ids.typeOf(doc);
        String id = Ids.of(doc);
        if (!saveCopy(type, id, Ids.placementOf(doc), Ids.versionOf(doc), doc)) {
            return false;
        }
        finance.project(type, id, pending != null ? pending : finance.pendingByEntity());
        return true;
    }

    /** Re-projects an aggregate from the exchange's copy (after "take theirs", or once its outbox drained). */
    void reproject(String type, String id) {
        if (Op.Aggregate.valueOf(type).finance()) {
            finance.project(type, id, finance.pendingByEntity());
            return;
        }
        store.copies().get(type, id).ifPresent(c -> {
            Object doc = toWire(c);
            switch (type) {
                case "PLACEMENT" -> store.projections().placement((Placement) doc);
                case "QUOTE" -> store.projections().quote((Quote) doc);
                case "LINE" -> store.projections().line((Line) doc);
                default -> throw new IllegalArgumentException("unknown entity type " + type);
            }
        });
    }

    Object toWire(ServerCopy c) {
        Class<?> type = Ids.wireClass(c.entityType());
        try {
            return store.wire().treeToValue(c.doc(), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the vault's copy of " + c.id() + " is not a valid " + type.getSimpleName(), e);
        }
    }

    /** Quotes and lines that arrived before their placement could be projected (foreign key). */
    private void projectChildren(String placementId, Predicate<String> busy) {
        for (Stored<ServerCopy> s : store.copies().ofPlacement(placementId)) {
            ServerCopy c = s.value();
            if (c.entityType().equals("QUOTE")) {
                store.projections().quote((Quote) toWire(c));
            } else if (c.entityType().equals("LINE") && !busy.test(c.id())) {
                store.projections().line((Line) toWire(c));
            }
        }
    }

    private boolean saveCopy(String type, String id, String placementId, long version, Object doc) {
        var held = store.copies().get(type, id);
        if (held.isPresent() && held.get().serverVersion() >= version) {
            return false;
        }
        JsonNode json = store.wire().valueToTree(doc);
        store.copies().save(new ServerCopy(ServerCopy.key(type, id), type, id, placementId, version, json));
        return true;
    }
}
