package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.store.line.LineRecord;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.quote.QuoteRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one feed page into the vault (inside the caller's transaction) with the same outcome as
 * applying its documents one by one through {@link Applier}, but without a read per record: three
 * indexed id look-ups per page find which of the page's entities the vault does not hold yet, and a
 * document that is new and has nothing around it to reconcile (no copy, no projection, no pending
 * change, no children waiting for it) goes into batch inserts. Any other document takes the
 * {@link Applier} path after the batch so far has been written, so order and every rule (pending local
 * edits kept, quotes always theirs, children projected once their placement arrives) stay exactly as
 * before. A first sync is almost entirely new documents (ADR 0610).
 */
final class PageWriter {

    private final SyncStore store;
    private final Applier applier;
    /** Finance documents written since the last {@link #takeFinanceWritten()} (statements follow them). */
    private long financeWritten;

    PageWriter(SyncStore store, Applier applier) {
        this.store = store;
        this.applier = applier;
    }

    void write(List<Change> items) {
        List<Object> docs = new ArrayList<>(items.size());
        List<Object> finance = new ArrayList<>();
        for (Change ch : items) {
            Object doc = ch.placement() != null ? ch.placement() : ch.quote() != null ? ch.quote() : ch.line();
            if (doc != null) {
                docs.add(doc);
                continue;
            }
            Object fin = ch.technicalAccount() != null ? ch.technicalAccount() : ch.claim() != null ? ch.claim()
                    : ch.settlement() != null ? ch.settlement() : ch.invoice() != null ? ch.invoice()
                    : ch.reserveMovement() != null ? ch.reserveMovement() : ch.cashCall();
            if (fin != null) {
                finance.add(fin);
            }
        }
        if (!finance.isEmpty()) {
            financeWritten += finance.size();
            // no foreign keys between the finance tables and the placements: independent of the pass below
            writeFinance(finance);
        }
        if (docs.isEmpty()) {
            return;
        }
        Set<String> busy = store.outbox().unfinishedAggregates();
        Known known = Known.load(store, docs);
        Batch batch = new Batch();
        for (Object doc : docs) {
            if (!batch.take(doc, known, busy)) {
                batch.flush(store);
                applier.apply(doc, busy);
                known.touched(doc);
            }
        }
        batch.flush(store);
    }

    /** How many finance documents were written since the last call (the pull's one thread reads it). */
    long takeFinanceWritten() {
        long n = financeWritten;
        financeWritten = 0;
        return n;
    }

    /**
     * The page's finance documents (ADR 0622): a new document with nothing of the user's queued on it goes
     * into batch inserts (its copy and its projection, which is then exactly the copy); any other takes the
     * {@link Applier} path, in order, after the batch so far has been written.
     */
    private void writeFinance(List<Object> docs) {
        FinanceProjector fp = applier.finance();
        Map<String, List<OutboxEntry>> pending = fp.pendingByEntity();
        Set<String> copyKeys = new HashSet<>();
        Map<String, Set<String>> idsByType = new HashMap<>();
        for (Object doc : docs) {
            copyKeys.add(ServerCopy.key(Ids.typeOf(doc), Ids.of(doc)));
            idsByType.computeIfAbsent(Ids.typeOf(doc), t -> new HashSet<>()).add(Ids.of(doc));
        }
        Set<String> absentCopies = new HashSet<>(copyKeys);
        absentCopies.removeAll(Known.existing(store, "SELECT id FROM " + store.copies().tableName(), "id", copyKeys));
        Map<String, Set<String>> absentProjections = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            Set<String> absent = new HashSet<>(ids);
            absent.removeAll(Known.existing(store, "SELECT id FROM " + financeTable(fp, type), "id", ids));
            absentProjections.put(type, absent);
        });
        List<ServerCopy> copies = new ArrayList<>();
        Map<String, List<JsonNode>> projections = new LinkedHashMap<>();
        for (Object doc : docs) {
            String type = Ids.typeOf(doc);
            String id = Ids.of(doc);
            String key = ServerCopy.key(type, id);
            if (absentCopies.remove(key) && !pending.containsKey(key) && absentProjections.get(type).remove(id)) {
                JsonNode json = store.wire().valueToTree(doc);
                copies.add(new ServerCopy(key, type, id, Ids.placementOf(doc), Ids.versionOf(doc), json));
                projections.computeIfAbsent(type, t -> new ArrayList<>()).add(json);
                continue;
            }
            absentProjections.get(type).remove(id);
            flushFinance(fp, copies, projections);
            applier.applyFinance(doc, pending);
        }
        flushFinance(fp, copies, projections);
    }

    private static String financeTable(FinanceProjector fp, String type) {
        return switch (type) {
            case "TECHNICAL_ACCOUNT" -> fp.accounts().tableName();
            case "CLAIM" -> fp.claims().tableName();
            case "SETTLEMENT" -> fp.settlements().tableName();
            case "INVOICE" -> fp.invoices().tableName();
            case "RESERVE_MOVEMENT" -> fp.movements().tableName();
            case "CASH_CALL" -> fp.cashCalls().tableName();
            default -> throw new IllegalArgumentException("not a finance entity type: " + type);
        };
    }

    private void flushFinance(FinanceProjector fp, List<ServerCopy> copies, Map<String, List<JsonNode>> projections) {
        projections.forEach((type, list) -> {
            switch (type) {
                case "TECHNICAL_ACCOUNT" -> fp.accounts().insertAll(list.stream().map(FinanceProjector::accountRecord).toList());
                case "CLAIM" -> fp.claims().insertAll(list.stream().map(FinanceProjector::claimRecord).toList());
                case "SETTLEMENT" -> fp.settlements().insertAll(list.stream().map(FinanceProjector::settlementRecord).toList());
                case "INVOICE" -> fp.invoices().insertAll(list.stream().map(FinanceProjector::invoiceRecord).toList());
                case "RESERVE_MOVEMENT" -> fp.movements().insertAll(list.stream().map(FinanceProjector::movementRecord).toList());
                case "CASH_CALL" -> fp.cashCalls().insertAll(list.stream().map(FinanceProjector::cashCallRecord).toList());
                default -> throw new IllegalArgumentException("not a finance entity type: " + type);
            }
        });
        if (!copies.isEmpty()) {
            store.copies().insertAll(copies);
        }
        copies.clear();
        projections.clear();
    }

    /** What the vault is known to hold for the page's entities (absent = certainly not held). */
    private static final class Known {
        final Set<String> absentCopies = new HashSet<>();
        final Set<String> absentPlacements = new HashSet<>();
        final Set<String> presentPlacements = new HashSet<>();
        final Set<String> absentQuotes = new HashSet<>();
        final Set<String> absentLines = new HashSet<>();
        /** Placements of the page with no quote or line copy waiting in the vault. */
        final Set<String> childless = new HashSet<>();

        static Known load(SyncStore store, List<Object> docs) {
            Known k = new Known();
            Set<String> copyKeys = new HashSet<>();
            Set<String> placementIds = new HashSet<>();
            Set<String> quoteIds = new HashSet<>();
            Set<String> lineIds = new HashSet<>();
            for (Object doc : docs) {
                copyKeys.add(ServerCopy.key(Ids.typeOf(doc), Ids.of(doc)));
                placementIds.add(Ids.placementOf(doc));
                if (doc instanceof Quote q) {
                    quoteIds.add(q.id().toString());
                } else if (doc instanceof Line l) {
                    lineIds.add(l.id().toString());
                }
            }
            k.absentCopies.addAll(copyKeys);
            k.absentCopies.removeAll(existing(store, "SELECT id FROM " + store.copies().tableName(), "id", copyKeys));
            Set<String> projected = existing(store, "SELECT id FROM " + store.projections().placements().tableName(), "id",
                    placementIds);
            k.presentPlacements.addAll(projected);
            k.absentPlacements.addAll(placementIds);
            k.absentPlacements.removeAll(projected);
            k.childless.addAll(placementIds);
            k.childless.removeAll(existing(store, "SELECT placement_id FROM " + store.copies().tableName()
                    + " WHERE entity_type IN ('QUOTE', 'LINE') AND", "placement_id", placementIds));
            k.absentQuotes.addAll(quoteIds);
            k.absentQuotes.removeAll(existing(store, "SELECT id FROM " + store.projections().quotes().tableName(), "id",
                    quoteIds));
            k.absentLines.addAll(lineIds);
            k.absentLines.removeAll(existing(store, "SELECT id FROM " + store.projections().lines().tableName(), "id",
                    lineIds));
            return k;
        }

        /** After the slow path handled {@code doc}, nothing about its entity is certain any more. */
        void touched(Object doc) {
            absentCopies.remove(ServerCopy.key(Ids.typeOf(doc), Ids.of(doc)));
            String placement = Ids.placementOf(doc);
            absentPlacements.remove(placement);
            presentPlacements.remove(placement);
            childless.remove(placement);
            if (doc instanceof Quote q) {
                absentQuotes.remove(q.id().toString());
            } else if (doc instanceof Line l) {
                absentLines.remove(l.id().toString());
            }
        }

        /** Which of {@code ids} the query finds ({@code select} ends where the id filter goes). */
        private static Set<String> existing(SyncStore store, String select, String column, Collection<String> ids) {
            Set<String> found = new HashSet<>();
            if (ids.isEmpty()) {
                return found;
            }
            List<String> all = new ArrayList<>(ids);
            String where = select.endsWith(" AND") ? " " : " WHERE ";
            for (int from = 0; from < all.size(); from += 500) {
                List<String> part = all.subList(from, Math.min(all.size(), from + 500));
                String sql = select + where + column + " IN (" + "?,".repeat(part.size() - 1) + "?)";
                store.vault().current().read(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        for (int i = 0; i < part.size(); i++) {
                            ps.setString(i + 1, part.get(i));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found.add(rs.getString(1));
                            }
                        }
                    }
                    return null;
                });
            }
            return found;
        }
    }

    /** New documents waiting to be batch-inserted, in foreign-key order. */
    private final class Batch {
        final List<ServerCopy> copies = new ArrayList<>();
        final List<PlacementRecord> placements = new ArrayList<>();
        final List<SlipVersionRecord> slips = new ArrayList<>();
        final List<QuoteRecord> quotes = new ArrayList<>();
        final List<LineRecord> lines = new ArrayList<>();

        /** Takes {@code doc} into the batch if it is new with nothing to reconcile; false otherwise. */
        boolean take(Object doc, Known k, Set<String> busy) {
            String type = Ids.typeOf(doc);
            String id = Ids.of(doc);
            String key = ServerCopy.key(type, id);
            if (!k.absentCopies.contains(key)) {
                return false;
            }
            if (doc instanceof Placement p) {
                if (busy.contains(key) || !k.absentPlacements.contains(id) || !k.childless.contains(id)) {
                    return false;
                }
                ServerCopy c = copy(type, id, id, p.version(), doc);
                copies.add(c);
                placements.add(Projections.placementRecord(p));
                // the slip's tree is the copy's "slip" member: converted once, not twice per placement
                slips.add(Projections.slipRecord(p, c.doc().get("slip")));
                k.absentPlacements.remove(id);
                k.presentPlacements.add(id);
            } else if (doc instanceof Quote q) {
                String placement = q.placementId().toString();
                if (!k.presentPlacements.contains(placement) || !k.absentQuotes.contains(id)) {
                    return false;
                }
                copies.add(copy(type, id, placement, q.version(), doc));
                quotes.add(Projections.quoteRecord(q));
                k.absentQuotes.remove(id);
            } else if (doc instanceof Line l) {
                String placement = l.placementId().toString();
                if (!k.presentPlacements.contains(placement) || !k.absentLines.contains(id)
                        || l.status() != LineStatus.SIGNED && busy.contains(key)) {
                    return false;
                }
                copies.add(copy(type, id, placement, l.version(), doc));
                lines.add(Projections.lineRecord(l));
                k.absentLines.remove(id);
            } else {
                return false;
            }
            k.absentCopies.remove(key);
            return true;
        }

        private ServerCopy copy(String type, String id, String placementId, long version, Object doc) {
            return new ServerCopy(ServerCopy.key(type, id), type, id, placementId, version, store.wire().valueToTree(doc));
        }

        void flush(SyncStore s) {
            if (!placements.isEmpty()) {
                s.projections().placements().insertAll(placements);
                s.projections().slips().insertAll(slips);
            }
            if (!quotes.isEmpty()) {
                s.projections().quotes().insertAll(quotes);
            }
            if (!lines.isEmpty()) {
                s.projections().lines().insertAll(lines);
            }
            if (!copies.isEmpty()) {
                s.copies().insertAll(copies);
            }
            copies.clear();
            placements.clear();
            slips.clear();
            quotes.clear();
            lines.clear();
        }
    }
}
