package io.redesk.store.bench;

import io.redesk.store.db.Database;
import io.redesk.store.doc.Json;
import io.redesk.store.doc.Stored;
import io.redesk.store.search.SearchTerms;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline, made as fair as the vault in both directions: the same table shape and indexes (the
 * status index and the term index), the same pragmas (WAL, synchronous=FULL, foreign keys, immediate
 * transactions, page cache and checkpoint size: both open through {@link Database#dataSource}), the same Jackson (de)serialisation, the same statement reuse (prepared once per
 * connection), the same batches and transactions, the same tokenisation with plaintext terms, and the
 * same result shape ({@link Stored}: id, version, updated_at, value). What it lacks is exactly what
 * the vault adds: encryption, HMAC'd terms, and the checks on read.
 */
final class PlainStore implements BenchStore {

    private static final String COLUMNS = "id, version, updated_at, status, payload";
    /** SQLite's default page cache (2,000 KiB), which is faster for the baseline than the vault's. */
    static final int SQLITE_DEFAULT_CACHE_SIZE = -2000;
    /** SQLite's default WAL auto-checkpoint (1,000 pages). */
    static final int SQLITE_DEFAULT_WAL_AUTOCHECKPOINT = 1000;

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PlainStore(Path file) {
        try {
            c = Database.dataSource(file).getConnection();
            try (Statement s = c.createStatement()) {
                // The vault's durability pragmas (WAL, synchronous=FULL, foreign keys), but SQLite's own
                // page cache and checkpoint interval: a quiet A/B (2026-11-27 22:52) wrote the 100,000
                // plain rows in 12.6 s with these defaults against 16.7 s with the vault's 64 MiB cache and
                // 10,000-page checkpoints (ADR 0311), so the baseline keeps what is fastest for it.
                s.execute("PRAGMA cache_size = " + SQLITE_DEFAULT_CACHE_SIZE);
                s.execute("PRAGMA wal_autocheckpoint = " + SQLITE_DEFAULT_WAL_AUTOCHECKPOINT);
                s.execute("CREATE TABLE IF NOT EXISTS placements (id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL"
                        + " CHECK (version >= 1), updated_at INTEGER NOT NULL, status TEXT NOT NULL, payload BLOB NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS placements_by_status ON placements (status, updated_at)");
                s.execute("CREATE TABLE IF NOT EXISTS search_index (tbl TEXT NOT NULL, term TEXT NOT NULL,"
                        + " record_id TEXT NOT NULL, PRIMARY KEY (tbl, term, record_id)) WITHOUT ROWID");
                s.execute("CREATE INDEX IF NOT EXISTS search_index_by_record ON search_index (tbl, record_id)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void writeBatch(List<BenchSlip> batch) {
        try {
            c.setAutoCommit(false);
            long now = System.currentTimeMillis();
            PreparedStatement ps = prepared("INSERT INTO placements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)");
            ps.clearBatch();
            for (BenchSlip s : batch) {
                ps.setString(1, s.id());
                ps.setLong(2, 1);
                ps.setLong(3, now);
                ps.setString(4, s.status().name());
                ps.setBytes(5, Json.mapper().writeValueAsBytes(s));
                ps.addBatch();
            }
            ps.executeBatch();
            PreparedStatement ins = prepared("INSERT OR IGNORE INTO search_index (tbl, term, record_id) VALUES (?, ?, ?)");
            ins.clearBatch();
            for (BenchSlip s : batch) {
                for (String t : SearchTerms.forIndex(BenchData.TABLE.searchTexts(s))) {
                    ins.setString(1, "placements");
                    ins.setString(2, t);
                    ins.setString(3, s.id());
                    ins.addBatch();
                }
            }
            ins.executeBatch();
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Stored<BenchSlip> get(String id) {
        try {
            PreparedStatement ps = prepared("SELECT " + COLUMNS + " FROM placements WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Stored<BenchSlip>> search(String query, int limit) {
        Set<String> terms = SearchTerms.forQuery(query);
        // The vault's search statement before ADR 0204 (one primary-key range per term, intersected, the
        // hits driving the join), with plaintext terms and the record's id in the index.
        String hits = String.join(" INTERSECT ", java.util.Collections.nCopies(terms.size(),
                "SELECT record_id FROM search_index WHERE tbl = ? AND term = ?"));
        String sql = "SELECT " + COLUMNS + " FROM (" + hits + ") hits"
                + " CROSS JOIN placements ON placements.id = hits.record_id ORDER BY updated_at, id LIMIT ?";
        try {
            PreparedStatement ps = prepared(sql);
            int i = 1;
            for (String t : terms) {
                ps.setString(i++, "placements");
                ps.setString(i++, t);
            }
            ps.setInt(i, limit);
            List<Stored<BenchSlip>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stored<BenchSlip> row(ResultSet rs) throws SQLException, IOException {
        return new Stored<>(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                Json.mapper().readValue(rs.getBytes(5), BenchSlip.class));
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
