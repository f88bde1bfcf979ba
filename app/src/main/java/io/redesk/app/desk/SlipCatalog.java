package io.redesk.app.desk;

import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.search.SearchKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
     * One placement as the list shows it; {@code kind} is the exchange's contract-kind code, null when
     * the vault does not know it yet.
     */
    public record Row(String id, String umr, String title, PlacementStatus status, String kind, LocalDate inception,
                      LocalDate expiry, Instant updatedAt) {
        static Row of(Stored<PlacementRecord> s) {
            PlacementRecord p = s.value();
            return new Row(p.id(), p.umr(), p.title(), p.status(), p.contractKind(), p.inception(), p.expiry(), s.updatedAt());
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

    public SlipCatalog(SessionSource vault) {
        this.reader = new Reader(vault);
    }

    /** The {@code n} most recently changed placements, newest first (what the list shows at once). */
    public List<Row> newest(int n) {
        return reader.newest(n).stream().map(Row::of).toList();
    }

    /** Every placement, newest first. */
    public List<Row> all() {
        List<Stored<PlacementRecord>> all = reader.all();
        List<Row> rows = new ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            rows.add(Row.of(all.get(i)));
        }
        return rows;
    }

    /** The rows of the placements {@code ids} that exist (a deleted one is simply not there). */
    public List<Row> rows(java.util.Collection<String> ids) {
        List<Row> rows = new ArrayList<>(ids.size());
        for (String id : ids) {
            reader.find(id).ifPresent(s -> rows.add(Row.of(s)));
        }
        return rows;
    }

    /**
     * The placements in any of {@code statuses}, status by status (each oldest change first): read
     * through the plaintext status column and its index, so only those records are decrypted (the home
     * page's agenda, which puts them in its own order).
     */
    public List<Row> withStatus(java.util.Collection<PlacementStatus> statuses) {
        List<Row> rows = new ArrayList<>();
        for (PlacementStatus status : statuses) {
            reader.findBy("status", status).forEach(s -> rows.add(Row.of(s)));
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
