package io.redesk.app.desk;

import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.draft.DraftRecord;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.search.SearchKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slips list's source: the placements in the vault as light rows, newest first, and each row's
 * in-memory search key.
 *
 * <p>Why not {@link PlacementRepository#search}: it decrypts every hit, which for a three-letter
 * prefix over 100,000 placements is tens of thousands of decryptions per keystroke. The list already
 * holds every row decrypted, so it filters those rows with {@link SearchKey}, which answers with the
 * blind index's semantics without touching the vault (see ADR 0702).
 */
public final class SlipCatalog {

    /**
     * What of a placement's changes has not reached the exchange yet (ADR 0811), as the list and Home
     * mark it: nothing; changes to its slip or lines; a move of its status (the status shown is where it
     * goes, the exchange does not have it yet: a queued submission is not "Submitted"); or a change the
     * exchange refused (waiting on the Sync issues page). {@code DRAFT}: a local draft not sent, typing
     * the editor autosaved but could not queue (a typing error in a field, a slip the exchange does not
     * have yet), so the screen differs from the exchange's copy with nothing on its way (ADR 0811).
     */
    public enum Pending { NONE, CHANGES, DRAFT, MOVE, REFUSED }

    /**
     * One placement as the list shows it; {@code kind} is the exchange's contract-kind code, null when
     * the vault does not know it yet; {@code pending}, what of it is still on its way to the exchange.
     */
    public record Row(String id, String umr, String title, PlacementStatus status, String kind, LocalDate inception,
                      LocalDate expiry, Instant updatedAt, Pending pending) {
        public Row {
            pending = pending == null ? Pending.NONE : pending;
        }

        /** A row with nothing on its way to the exchange. */
        public Row(String id, String umr, String title, PlacementStatus status, String kind, LocalDate inception,
                   LocalDate expiry, Instant updatedAt) {
            this(id, umr, title, status, kind, inception, expiry, updatedAt, Pending.NONE);
        }

        static Row of(Stored<PlacementRecord> s, Map<String, Pending> pending) {
            PlacementRecord p = s.value();
            return new Row(p.id(), p.umr(), p.title(), p.status(), p.contractKind(), p.inception(), p.expiry(), s.updatedAt(),
                    pending.getOrDefault(p.id(), Pending.NONE));
        }

        /** The texts the vault indexes for this placement (as {@code PlacementRepository} declares). */
        List<String> searchTexts() {
            List<String> texts = new ArrayList<>(2);
            texts.add(title);
            if (umr != null) {
                texts.add(umr);
            }
            return texts;
        }
    }

    private final Reader reader;
    private final Outbox outbox;
    private final DraftRepository drafts;

    public SlipCatalog(SessionSource vault) {
        this.reader = new Reader(vault);
        this.outbox = new Outbox(vault);
        this.drafts = new DraftRepository(vault);
    }

    /** The kind of the slip editor's local drafts ({@code SlipEditorViewModel.DRAFT_KIND}). */
    public static final String SLIP_DRAFT_KIND = "slip";

    /**
     * How many slips have a local draft not sent (ADR 0811): autosaved typing that is in the vault only,
     * not queued for the exchange. The status bar says so next to the queued count.
     */
    public static int localDrafts(SessionSource vault) {
        return new DraftRepository(vault).ofKind(SLIP_DRAFT_KIND).size();
    }

    /** The {@code n} most recently changed placements, newest first (what the list shows at once). */
    public List<Row> newest(int n) {
        Map<String, Pending> pending = pending();
        return reader.newest(n).stream().map(s -> Row.of(s, pending)).toList();
    }

    /** Every placement, newest first. */
    public List<Row> all() {
        List<Stored<PlacementRecord>> all = reader.all();
        Map<String, Pending> pending = pending();
        List<Row> rows = new ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            rows.add(Row.of(all.get(i), pending));
        }
        return rows;
    }

    /** The rows of the placements {@code ids} that exist (a deleted one is simply not there). */
    public List<Row> rows(java.util.Collection<String> ids) {
        Map<String, Pending> pending = pending();
        List<Row> rows = new ArrayList<>(ids.size());
        for (String id : ids) {
            reader.find(id).ifPresent(s -> rows.add(Row.of(s, pending)));
        }
        return rows;
    }

    /**
     * Placement id → what of it is on its way, from the outbox's unfinished entries (few: only what has
     * not reached the exchange yet is decrypted; accepted entries are not read). A refusal outranks a
     * queued move, which outranks a local draft not sent, which outranks queued changes. A line or quote
     * change counts for its placement.
     */
    private Map<String, Pending> pending() {
        Map<String, Pending> out = new HashMap<>();
        for (Stored<DraftRecord> d : drafts.ofKind(SLIP_DRAFT_KIND)) {
            out.put(d.value().id(), Pending.DRAFT);
        }
        if (outbox.unfinishedAggregates().isEmpty()) {
            return out;
        }
        for (OutboxEntry e : outbox.unfinished()) {
            String placement = e.aggregateType().equals("PLACEMENT") ? e.aggregateId()
                    : e.payload().path("placementId").asText(null);
            if (placement == null) {
                continue;
            }
            Pending p = e.status() == OutboxEntry.Status.FAILED ? Pending.REFUSED
                    : MOVES.contains(e.op()) ? Pending.MOVE : Pending.CHANGES;
            out.merge(placement, p, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return out;
    }

    /** The outbox ops that move a placement's status (the sync engine's {@code Op} names). */
    private static final java.util.Set<String> MOVES = java.util.Set.of("CREATE_PLACEMENT", "TRANSITION");

    /**
     * The placements in any of {@code statuses}, status by status (each oldest change first): read
     * through the plaintext status column and its index, so only those records are decrypted (the home
     * page's agenda, which puts them in its own order).
     */
    public List<Row> withStatus(java.util.Collection<PlacementStatus> statuses) {
        Map<String, Pending> pending = pending();
        List<Row> rows = new ArrayList<>();
        for (PlacementStatus status : statuses) {
            reader.findBy("status", status).forEach(s -> rows.add(Row.of(s, pending)));
        }
        return rows;
    }

    /** The in-memory search key of a row: its title and UMR, as the vault's blind index sees them. */
    public static SearchKey searchKey(Row row) {
        return SearchKey.of(row.searchTexts());
    }

    /** Reads placements with the ordering the list needs; the store's rows, decrypted by the store. */
    private static final class Reader extends DocumentRepository<PlacementRecord> {
        Reader(SessionSource sessions) {
            super(sessions, PlacementRepository.TABLE);
        }

        List<Stored<PlacementRecord>> newest(int n) {
            return query("SELECT id, version, updated_at, status, payload FROM placements ORDER BY updated_at DESC, id DESC LIMIT ?",
                    List.of(n));
        }
    }
}
