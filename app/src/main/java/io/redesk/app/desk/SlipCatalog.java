package io.redesk.app.desk;

import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.Session;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.search.SearchTerms;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The slips list's source: the placements in the vault as light rows, newest first, and the vault's
 * blind-index search answered as a set of ids.
 *
 * <p>Why not {@link PlacementRepository#search}: it decrypts every hit, which for a three-letter
 * prefix over 100,000 placements is tens of thousands of decryptions per keystroke. The list already
 * holds every row decrypted, so here the index only names candidate ids and each candidate is
 * re-checked in plaintext against its row with the store's own {@link SearchTerms} (so a planted index
 * row still cannot surface an unrelated record).
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

    private final SessionSource vault;
    private final Reader reader;

    public SlipCatalog(SessionSource vault) {
        this.vault = vault;
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

    /** Ids of placements whose title or UMR match every term of {@code query} per the blind index. */
    public Set<String> candidateIds(String query) {
        Set<String> terms = SearchTerms.forQuery(query);
        if (terms.isEmpty()) {
            return Set.of();
        }
        Session s = vault.current();
        String table = PlacementRepository.TABLE.name();
        List<byte[]> hashed = s.blindIndex().terms(table, terms);
        String sql = "SELECT record_id FROM search_index WHERE tbl = ? AND term IN ("
                + String.join(", ", Collections.nCopies(hashed.size(), "?")) + ") GROUP BY record_id HAVING count(*) = ?";
        return s.read(c -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, table);
                for (byte[] h : hashed) {
                    ps.setBytes(i++, h);
                }
                ps.setInt(i, hashed.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Whether {@code row} really matches {@code query} (the plaintext re-check of an index hit). */
    public static boolean matches(Row row, String query) {
        return SearchTerms.forIndex(row.searchTexts()).containsAll(SearchTerms.forQuery(query));
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
