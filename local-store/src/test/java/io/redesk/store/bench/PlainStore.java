package io.redesk.store.bench;

import io.redesk.store.db.Database;
import io.redesk.store.doc.Json;
import io.redesk.store.search.SearchTerms;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The baseline: the same rows in a plain SQLite table, same pragmas (WAL, synchronous=FULL, foreign
 * keys, immediate transactions), same JSON, same batches, same term index, but plaintext payloads
 * and plaintext terms.
 */
final class PlainStore implements BenchStore {

    private final Connection c;

    PlainStore(Path file) {
        try {
            c = Database.dataSource(file).getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS placements (id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL,"
                        + " updated_at INTEGER NOT NULL, status TEXT NOT NULL, payload BLOB NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS search_index (tbl TEXT NOT NULL, term TEXT NOT NULL,"
                        + " record_id TEXT NOT NULL, PRIMARY KEY (tbl, term, record_id)) WITHOUT ROWID");
                s.execute("CREATE INDEX IF NOT EXISTS search_index_by_record ON search_index (tbl, record_id)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void writeBatch(List<BenchSlip> batch) {
        try {
            c.setAutoCommit(false);
            long now = System.currentTimeMillis();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO placements (id, version, updated_at, status, payload) VALUES (?, ?, ?, ?, ?)")) {
                for (BenchSlip s : batch) {
                    ps.setString(1, s.id());
                    ps.setLong(2, 1);
                    ps.setLong(3, now);
                    ps.setString(4, s.status().name());
                    ps.setBytes(5, Json.mapper().writeValueAsBytes(s));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT OR IGNORE INTO search_index (tbl, term, record_id) VALUES (?, ?, ?)")) {
                for (BenchSlip s : batch) {
                    for (String t : SearchTerms.forIndex(BenchData.TABLE.searchTexts(s))) {
                        ins.setString(1, "placements");
                        ins.setString(2, t);
                        ins.setString(3, s.id());
                        ins.addBatch();
                    }
                }
                ins.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public BenchSlip get(String id) {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version, updated_at, status, payload FROM placements WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Json.mapper().readValue(rs.getBytes(5), BenchSlip.class) : null;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<BenchSlip> search(String query) {
        Set<String> terms = SearchTerms.forQuery(query);
        String sql = "SELECT id, version, updated_at, status, payload FROM placements JOIN (SELECT record_id FROM search_index"
                + " WHERE tbl = ? AND term IN (" + String.join(", ", Collections.nCopies(terms.size(), "?")) + ")"
                + " GROUP BY record_id HAVING count(*) = ?) hits ON hits.record_id = placements.id ORDER BY updated_at, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, "placements");
            for (String t : terms) {
                ps.setString(i++, t);
            }
            ps.setInt(i, terms.size());
            List<BenchSlip> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Json.mapper().readValue(rs.getBytes(5), BenchSlip.class));
                }
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
