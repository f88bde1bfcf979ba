package io.redesk.store.search;

import io.redesk.store.crypto.Prf;
import io.redesk.store.db.Database;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keyed HMAC of normalised search terms (HMAC-SHA-256 or HMAC-SM3 under the blind-index sub-key),
 * truncated to {@value #TERM_BYTES} bytes, kept once per table in the term dictionary
 * {@code search_terms} and referred to from {@code search_index} by its number (ADR 0312). The table
 * name is part of the HMAC input so equal terms in two tables do not link. What it leaks, by design:
 * which records share a term, how many terms a record has, and in which order distinct terms were
 * first written; never a term itself without the key.
 *
 * <p>Why a dictionary: numbers are handed out in order of first use, so the new terms of a batch
 * (above all the unique prefixes of new references) are appended at the end of the index, as a
 * plaintext index's neighbouring references are, instead of landing at random places in HMAC order
 * and dirtying a page each (ADR 0312 has the measurements).
 *
 * <p>Why 64 bits are enough: a stored term only nominates candidates. Every hit is decrypted and
 * re-checked against the query in plaintext ({@code DocumentRepository.search}), so a collision of
 * two terms (about n²/2⁶⁵ for n distinct terms in a table: below 10⁻⁷ at a million) costs one
 * decryption, never a wrong result (ADR 0311).
 *
 * <p>Terms repeat across records (every title word's prefixes, a UMR's first characters), so the
 * numbers of one unlocked session are memoised in a bounded LRU cache ({@value #CACHE_ENTRIES}
 * entries per table). Numbers met or handed out inside a write transaction are kept apart until it
 * commits ({@link #committed()}); a rollback drops them ({@link #rolledBack()}), so the cache never
 * holds a number the database does not. {@link #wipe()} (lock, idle lock) empties the cache: it maps
 * plaintext terms to index entries and is as secret as the key.
 */
public final class BlindIndex implements Database.TransactionListener {

    /** Stored term length: 64 bits (collisions are filtered by the plaintext re-check; see above). */
    public static final int TERM_BYTES = 8;

    /** Cached term numbers per table; beyond this the least recently used is dropped. */
    public static final int CACHE_ENTRIES = 16_384;

    private static final String FIND = "SELECT id FROM search_terms WHERE tbl = ? AND term = ?";
    private static final String ADD = "INSERT INTO search_terms (id, tbl, term) VALUES (?, ?, ?)";
    private static final String ADD_OR_IGNORE = "INSERT OR IGNORE INTO search_terms (id, tbl, term) VALUES (?, ?, ?)";
    private static final String LAST = "SELECT coalesce(max(id), 0) FROM search_terms";

    private final Prf prf;
    private final Database db;
    /** Per table: normalised term to its number, as committed. Guarded by {@code this}. */
    private final Map<String, TermCache> cache = new HashMap<>();
    /** Per table: numbers met or handed out in the open write transaction. Guarded by {@code this}. */
    private final Map<String, Map<String, Long>> pending = new HashMap<>();
    /** The next number to hand out; 0 until read from the database (again after a rollback). */
    private long nextId;
    private boolean wiped;

    public BlindIndex(Prf prf, Database db) {
        this.prf = prf;
        this.db = db;
    }

    /** The stored 8-byte form of a term (its row in {@code search_terms}); computed, not cached. */
    public synchronized byte[] term(String table, String normalisedTerm) {
        checkUsable();
        return macOf(prefix(table), normalisedTerm);
    }

    /**
     * The number of each term, in the order given, adding the terms the dictionary lacks. Only inside
     * write work (the caller's transaction holds the database lock); the new numbers become visible
     * to the cache when that transaction commits.
     */
    public synchronized long[] idsForWrite(String table, Collection<String> normalisedTerms) throws SQLException {
        checkUsable();
        TermCache c = tableCache(table);
        Map<String, Long> open = pending.computeIfAbsent(table, t -> new HashMap<>());
        long[] out = new long[normalisedTerms.size()];
        int i = 0;
        for (String t : normalisedTerms) {
            Long id = c.get(t);
            if (id == null) {
                id = open.get(t);
            }
            if (id == null) {
                byte[] mac = macOf(c.prefix, t);
                try {
                    id = findOrAdd(table, mac);
                } finally {
                    Arrays.fill(mac, (byte) 0);
                }
                open.put(t, id);
            }
            out[i++] = id;
        }
        return out;
    }

    /**
     * The number of each query term, or null when one of them is in no record of the table (then
     * nothing can match). Reads only; inside read or write work.
     */
    public synchronized long[] idsForSearch(String table, Collection<String> normalisedTerms) throws SQLException {
        checkUsable();
        TermCache c = tableCache(table);
        Map<String, Long> open = pending.get(table);
        long[] out = new long[normalisedTerms.size()];
        int i = 0;
        for (String t : normalisedTerms) {
            Long id = c.get(t);
            if (id == null && open != null) {
                id = open.get(t);
            }
            if (id == null) {
                byte[] mac = macOf(c.prefix, t);
                try {
                    id = find(table, mac);
                } finally {
                    Arrays.fill(mac, (byte) 0);
                }
                if (id == null) {
                    return null;
                }
                if (db.isInTransaction()) {
                    // Could be a number this very transaction added: trusted only once it commits.
                    pending.computeIfAbsent(table, x -> new HashMap<>()).put(t, id);
                } else {
                    c.put(t, id);
                }
            }
            out[i++] = id;
        }
        return out;
    }

    @Override
    public synchronized void committed() {
        for (Map.Entry<String, Map<String, Long>> e : pending.entrySet()) {
            if (!wiped) {
                TermCache c = tableCache(e.getKey());
                e.getValue().forEach(c::put);
            }
        }
        pending.clear();
    }

    @Override
    public synchronized void rolledBack() {
        // Numbers handed out by the failed transaction are gone from the database: forget them, and
        // read the next free number again.
        pending.clear();
        nextId = 0;
    }

    /** Empties the cache; any later use fails (the key ring is wiped with it). */
    public synchronized void wipe() {
        for (TermCache c : cache.values()) {
            c.clear();
        }
        cache.clear();
        pending.clear();
        wiped = true;
    }

    /** Number of cached terms over all tables (for tests: zero after a lock, never above the bound). */
    public synchronized int cachedTerms() {
        int n = 0;
        for (TermCache c : cache.values()) {
            n += c.size();
        }
        return n;
    }

    private Long find(String table, byte[] mac) throws SQLException {
        PreparedStatement ps = db.prepared(FIND);
        ps.setString(1, table);
        ps.setBytes(2, mac);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /**
     * The term's number, adding it when new. A miss in a bulk write is mostly a new term (the unique
     * prefixes of a new reference), so the insert is tried first and the lookup only when the term
     * was already there (evicted from the cache, or written in an earlier session).
     */
    private long findOrAdd(String table, byte[] mac) throws SQLException {
        long id = nextId();
        if (insert(ADD_OR_IGNORE, id, table, mac) == 1) {
            nextId = id + 1;
            return id;
        }
        Long known = find(table, mac);
        if (known != null) {
            return known;
        }
        // The number was taken after all (the dictionary changed outside this session's count):
        // read the next free number again; a plain insert fails loudly rather than overwrite.
        nextId = 0;
        id = nextId();
        insert(ADD, id, table, mac);
        nextId = id + 1;
        return id;
    }

    private long nextId() throws SQLException {
        if (nextId == 0) {
            try (ResultSet rs = db.prepared(LAST).executeQuery()) {
                rs.next();
                nextId = rs.getLong(1) + 1;
            }
        }
        return nextId;
    }

    private int insert(String sql, long id, String table, byte[] mac) throws SQLException {
        PreparedStatement ps = db.prepared(sql);
        ps.setLong(1, id);
        ps.setString(2, table);
        ps.setBytes(3, mac);
        return ps.executeUpdate();
    }

    private void checkUsable() {
        if (wiped) {
            throw new IllegalStateException("blind index has been wiped (vault locked)");
        }
    }

    private TermCache tableCache(String table) {
        checkUsable();
        return cache.computeIfAbsent(table, t -> new TermCache(prefix(t)));
    }

    /** HMAC input: table name, a zero byte (no table name contains one), the term. */
    private byte[] macOf(byte[] prefix, String normalisedTerm) {
        byte[] mac = prf.mac(prefix, normalisedTerm.getBytes(StandardCharsets.UTF_8));
        try {
            return Arrays.copyOf(mac, TERM_BYTES);
        } finally {
            Arrays.fill(mac, (byte) 0);
        }
    }

    private static byte[] prefix(String table) {
        byte[] t = table.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(t, t.length + 1);
    }

    /** One table's LRU map of term numbers (access order). */
    private static final class TermCache extends LinkedHashMap<String, Long> {
        private final byte[] prefix;

        TermCache(byte[] prefix) {
            super(1024, 0.75f, true);
            this.prefix = prefix;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CACHE_ENTRIES;
        }
    }
}
