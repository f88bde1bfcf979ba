package io.redesk.store.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.redesk.store.RecordIntegrityException;
import io.redesk.store.StaleVersionException;
import io.redesk.store.search.SearchKey;
import io.redesk.store.search.SearchTerms;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The typed document layer every repository sits on: a record is stored as the AEAD envelope of its
 * JSON, bound to (table, id, version, suite), next to the few plaintext columns its queries need.
 * Reads authenticate the envelope against the row it came from, then check that the plaintext columns
 * still agree with the decrypted record, so neither can be edited on disk without the read failing.
 * Every write is one transaction (or joins the caller's). {@link #find} of a damaged record throws
 * {@link RecordIntegrityException}; list queries skip it and report it to the vault's integrity
 * listener, so one bad row never blanks a whole screen.
 */
public class DocumentRepository<T> {

    private static final String INSERT_TERM = "INSERT OR IGNORE INTO search_index (term, record_seq) VALUES (?, ?)";
    private static final String INSERT_RECORD = "INSERT INTO search_records (seq, tbl, record_id) VALUES (?, ?, ?)";
    private static final String UNINDEX_RECORD = "DELETE FROM search_records WHERE tbl = ? AND record_id = ?";
    private static final String LAST_RECORD = "SELECT coalesce(max(seq), 0) FROM search_records";

    protected final SessionSource sessions;
    protected final DocumentTable<T> table;
    private final String selectColumns;
    /** {@link #selectColumns} qualified by the table name (the search joins {@code search_records}). */
    private final String searchColumns;
    private final String insertSql;
    private final String updateSql;
    private final String findSql;
    /** Search statements by number of query terms (most queries have one to four). */
    private final String[] searchSql = new String[8];

    public DocumentRepository(SessionSource sessions, DocumentTable<T> table) {
        this.sessions = sessions;
        this.table = table;
        List<String> cols = table.columns().stream().map(DocumentTable.Column::name).collect(Collectors.toList());
        String extra = cols.isEmpty() ? "" : ", " + String.join(", ", cols);
        this.selectColumns = "id, version, updated_at" + extra + ", payload";
        List<String> all = new ArrayList<>(List.of("id", "version", "updated_at"));
        all.addAll(cols);
        all.add("payload");
        this.searchColumns = all.stream().map(c -> table.name() + "." + c).collect(Collectors.joining(", "));
        this.insertSql = "INSERT INTO " + table.name() + " (id, version, updated_at" + extra + ", payload) VALUES (?, ?, ?"
                + ", ?".repeat(cols.size()) + ", ?)";
        this.updateSql = "UPDATE " + table.name() + " SET version = ?, updated_at = ?"
                + cols.stream().map(c -> ", " + c + " = ?").collect(Collectors.joining())
                + ", payload = ? WHERE id = ? AND version = ?";
        this.findSql = "SELECT " + selectColumns + " FROM " + table.name() + " WHERE id = ?";
    }

    public String tableName() {
        return table.name();
    }

    /** Stores a new record at version 1; fails if the id exists. */
    public Stored<T> insert(T value) {
        return insertAll(List.of(value)).get(0);
    }

    /** Stores new records in one transaction (one commit for the batch). */
    public List<Stored<T>> insertAll(Collection<? extends T> values) {
        Session s = sessions.current();
        Instant now = s.clock().instant();
        return s.write(c -> {
            List<Stored<T>> out = new ArrayList<>(values.size());
            PreparedStatement ps = s.prepared(insertSql);
            ps.clearBatch();
            for (T v : values) {
                String id = table.idOf(v);
                bindRow(ps, s, id, 1, now, v);
                ps.addBatch();
                out.add(new Stored<>(id, 1, now, v));
            }
            ps.executeBatch();
            if (table.isSearchable()) {
                index(s, out);
            }
            return out;
        });
    }

    /** Replaces the record if it is still at {@code expectedVersion}; otherwise {@link StaleVersionException}. */
    public Stored<T> update(T value, long expectedVersion) {
        Session s = sessions.current();
        String id = table.idOf(value);
        Instant now = s.clock().instant();
        return s.write(c -> {
            long next = expectedVersion + 1;
            PreparedStatement ps = s.prepared(updateSql);
            int i = bindColumns(ps, 1, s, id, next, now, value);
            ps.setString(i++, id);
            ps.setLong(i, expectedVersion);
            if (ps.executeUpdate() != 1) {
                long current = currentVersion(s, id);
                throw new StaleVersionException(table.name(), id, expectedVersion, current);
            }
            Stored<T> stored = new Stored<>(id, next, now, value);
            if (table.isSearchable()) {
                // The record's old number and its index rows go (trigger); it is indexed again at the end.
                PreparedStatement del = s.prepared(UNINDEX_RECORD);
                del.setString(1, table.name());
                del.setString(2, id);
                del.executeUpdate();
                index(s, List.of(stored));
            }
            return stored;
        });
    }

    /** Inserts, or updates whatever version is current (last writer wins: for sync applying server state). */
    public Stored<T> save(T value) {
        Session s = sessions.current();
        String id = table.idOf(value);
        return s.write(c -> {
            long current = currentVersion(s, id);
            return current == 0 ? insert(value) : update(value, current);
        });
    }

    public Optional<Stored<T>> find(String id) {
        Session s = sessions.current();
        return s.read(c -> {
            PreparedStatement ps = s.prepared(findSql);
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readRow(s, rs)) : Optional.<Stored<T>>empty();
            }
        });
    }

    /** All records whose plaintext column equals the value (the column must be one this table declares). */
    public List<Stored<T>> findBy(String column, Object value) {
        if (table.columns().stream().noneMatch(col -> col.name().equals(column))) {
            throw new IllegalArgumentException(table.name() + " has no plaintext column " + column);
        }
        return query("SELECT " + selectColumns + " FROM " + table.name() + " WHERE " + column + " = ? ORDER BY updated_at, id",
                List.of(sqlValue(value)));
    }

    public List<Stored<T>> all() {
        return query("SELECT " + selectColumns + " FROM " + table.name() + " ORDER BY updated_at, id", List.of());
    }

    /** Every record id in this table (no decryption): for integrity sweeps and bulk work. */
    public List<String> ids() {
        return sessions.current().read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table.name() + " ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public long count() {
        return sessions.current().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table.name());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * A cheap stamp of the table's contents (no decryption): it changes whenever a record is inserted,
     * updated or deleted (count, newest change and the sum of record versions), so a reader holding rows in
     * memory knows when to reload them.
     */
    public String changeStamp() {
        return sessions.current().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), max(updated_at), total(version) FROM "
                    + table.name());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3);
            }
        });
    }

    /**
     * Blind-index search (semantics in {@link SearchTerms}): records matching every query term.
     * Each hit is decrypted and re-checked against the query in plaintext, so index rows planted
     * on disk cannot make unrelated records appear.
     */
    public List<Stored<T>> search(String query) {
        return search(query, -1);
    }

    /**
     * The first {@code limit} hits of {@link #search(String)} in list order (oldest change first),
     * as a screen shows a page. A hit the plaintext re-check refuses (only possible with planted
     * index rows) leaves its page one short rather than reading on.
     */
    public List<Stored<T>> search(String query, int limit) {
        if (limit == 0 || limit < -1) {
            throw new IllegalArgumentException("limit must be positive (or -1 for all), got " + limit);
        }
        if (!table.isSearchable()) {
            throw new UnsupportedOperationException(table.name() + " has no search index");
        }
        Set<String> terms = SearchTerms.forQuery(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Session s = sessions.current();
        List<Stored<T>> found = s.read(c -> {
            long[] ids = s.blindIndex().idsForSearch(table.name(), terms);
            if (ids == null) {
                return List.<Stored<T>>of(); // a term no record of this table holds: nothing can match
            }
            PreparedStatement ps = s.prepared(searchSql(ids.length));
            int i = 1;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            ps.setString(i++, table.name());
            ps.setInt(i, limit);
            return rows(s, ps);
        });
        List<Stored<T>> verified = new ArrayList<>(found.size());
        SearchKey.Query required = SearchKey.Query.of(terms);
        for (Stored<T> st : found) {
            // Same check as SearchTerms.matchesAll, with the query parsed once for all hits.
            if (SearchKey.of(table.searchTexts(st.value())).matches(required)) {
                verified.add(st);
            }
        }
        return verified;
    }

    /**
     * Numbers ({@code search_records.seq}) of the records holding every one of {@code n} terms: one
     * primary-key range per term (rows of a term are stored in record-number order), intersected. The
     * hits then drive the joins to the record map and the table (CROSS JOIN fixes SQLite's join
     * order). A GROUP BY over {@code term IN (...)} let the planner walk the whole index in record
     * order instead, hundreds of milliseconds per query at 100,000 records; walking the table in list
     * order and probing the hits read every payload.
     */
    public static String hitsQuery(int n) {
        return String.join(" INTERSECT ",
                Collections.nCopies(n, "SELECT record_seq FROM search_index WHERE term = ?"));
    }

    public boolean delete(String id) {
        return sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table.name() + " WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    protected List<Stored<T>> query(String sql, List<Object> args) {
        Session s = sessions.current();
        return s.read(c -> {
            PreparedStatement ps = s.prepared(sql);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return rows(s, ps);
        });
    }

    private List<Stored<T>> rows(Session s, PreparedStatement ps) throws SQLException {
        List<Stored<T>> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    out.add(readRow(s, rs));
                } catch (RecordIntegrityException e) {
                    // One bad record must not hide the rest of a list: skip it, and name it to
                    // the vault's integrity listener (find(id) on it still throws).
                    s.reportIntegrityFailure(e);
                }
            }
        }
        return out;
    }

    /** The search statement for {@code n} query terms (one string per n, so the statement cache reuses it). */
    private String searchSql(int n) {
        String[] cached = searchSql;
        if (n < cached.length && cached[n] != null) {
            return cached[n];
        }
        String t = table.name();
        String sql = "SELECT " + searchColumns + " FROM (" + hitsQuery(n) + ") hits CROSS JOIN search_records r"
                + " CROSS JOIN " + t + " WHERE r.seq = hits.record_seq AND r.tbl = ? AND " + t + ".id = r.record_id"
                + " ORDER BY " + t + ".updated_at, " + t + ".id LIMIT ?";
        if (n < cached.length) {
            cached[n] = sql;
        }
        return sql;
    }

    private void bindRow(PreparedStatement ps, Session s, String id, long version, Instant now, T value)
            throws SQLException {
        ps.setString(1, id);
        bindColumns(ps, 2, s, id, version, now, value);
    }

    /** Binds version, updated_at, the plaintext columns and the payload from {@code first}; returns the next index. */
    private int bindColumns(PreparedStatement ps, int first, Session s, String id, long version, Instant now, T value)
            throws SQLException {
        int i = first;
        ps.setLong(i++, version);
        ps.setLong(i++, now.toEpochMilli());
        for (DocumentTable.Column<T> col : table.columns()) {
            ps.setObject(i++, sqlValue(col.extractor().apply(value)));
        }
        ps.setBytes(i++, s.cipher().seal(table.name(), id, version, toJson(value)));
        return i;
    }

    private Stored<T> readRow(Session s, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        long version = rs.getLong(2);
        Instant updated = Instant.ofEpochMilli(rs.getLong(3));
        int payloadIndex = 4 + table.columns().size();
        byte[] plain = s.cipher().open(table.name(), id, version, rs.getBytes(payloadIndex));
        T value = fromJson(id, plain);
        for (int k = 0; k < table.columns().size(); k++) {
            DocumentTable.Column<T> col = table.columns().get(k);
            Object stored = normalise(rs.getObject(4 + k));
            Object derived = normalise(sqlValue(col.extractor().apply(value)));
            if (!Objects.equals(stored, derived)) {
                throw new RecordIntegrityException(RecordIntegrityException.Kind.TAMPERED, table.name(), id,
                        "plaintext column " + col.name() + " does not match the encrypted record");
            }
        }
        return new Stored<>(id, version, updated, value);
    }

    private long currentVersion(Session s, String id) throws SQLException {
        PreparedStatement ps = s.prepared("SELECT version FROM " + table.name() + " WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Indexes new (or just unindexed) records: each gets the next record number, handed out in order
     * (max + 1, inside the caller's write transaction), and its index rows refer to that number, so a
     * batch's rows are appended at the end of every term's range rather than scattered in UUID order
     * (ADR 0204).
     */
    private void index(Session s, List<Stored<T>> records) throws SQLException {
        long seq;
        try (ResultSet rs = s.prepared(LAST_RECORD).executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        PreparedStatement rec = s.prepared(INSERT_RECORD);
        rec.clearBatch();
        // (term, record) pairs packed for sorting: inserted in key order, a batch walks the index once
        // from left to right instead of jumping between term ranges record by record
        long[] pairs = new long[64];
        int n = 0;
        long firstSeq = seq + 1;
        for (Stored<T> st : records) {
            seq++;
            rec.setLong(1, seq);
            rec.setString(2, table.name());
            rec.setString(3, st.id());
            rec.addBatch();
            Set<String> terms = SearchTerms.forIndex(table.searchTexts(st.value()));
            for (long term : s.blindIndex().idsForWrite(table.name(), terms)) {
                if (n + 2 > pairs.length) {
                    pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                }
                pairs[n++] = term;
                pairs[n++] = seq;
            }
        }
        rec.executeBatch();
        PreparedStatement ins = s.prepared(INSERT_TERM);
        ins.clearBatch();
        for (long[] pair : inKeyOrder(pairs, n, firstSeq)) {
            ins.setLong(1, pair[0]);
            ins.setLong(2, pair[1]);
            ins.addBatch();
        }
        ins.executeBatch();
    }

    /**
     * The (term, record) pairs of {@code pairs[0..n)} in key order, packed into one sortable long each
     * (term number above, record number less {@code firstSeq} below); in the order given if a number is
     * ever too large to pack (the order only helps the B-tree, it changes nothing stored).
     */
    private static List<long[]> inKeyOrder(long[] pairs, int n, long firstSeq) {
        long[] keys = new long[n / 2];
        boolean packable = true;
        for (int k = 0; k < n && packable; k += 2) {
            long rel = pairs[k + 1] - firstSeq;
            packable = pairs[k] >= 0 && pairs[k] < (1L << 31) && rel >= 0 && rel < (1L << 32);
            keys[k / 2] = pairs[k] << 32 | rel;
        }
        List<long[]> out = new ArrayList<>(n / 2);
        if (!packable) {
            for (int k = 0; k < n; k += 2) {
                out.add(new long[] {pairs[k], pairs[k + 1]});
            }
            return out;
        }
        java.util.Arrays.sort(keys);
        for (long key : keys) {
            out.add(new long[] {key >>> 32, (key & 0xFFFF_FFFFL) + firstSeq});
        }
        return out;
    }

    private byte[] toJson(T value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(table.name() + ": record cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private T fromJson(String id, byte[] json) {
        try {
            return Json.mapper().readValue(json, table.type());
        } catch (IOException e) {
            // Authenticated but unreadable: written by an incompatible build, not an attack.
            throw new IllegalStateException("Record " + id + " in " + table.name()
                    + " was written in a format this version cannot read", e);
        } finally {
            java.util.Arrays.fill(json, (byte) 0);
        }
    }

    static Object sqlValue(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Instant t) {
            return t.toEpochMilli();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof String) {
            return v;
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        throw new IllegalArgumentException("unsupported plaintext column type " + v.getClass().getSimpleName());
    }

    private static Object normalise(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        return v;
    }
}
