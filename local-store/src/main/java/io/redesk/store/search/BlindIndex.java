package io.redesk.store.search;

import io.redesk.store.crypto.Prf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed HMAC of normalised search terms (HMAC-SHA-256 or HMAC-SM3 under the blind-index sub-key),
 * truncated to {@value #TERM_BYTES} bytes. The table name is part of the input so equal terms in two
 * tables do not link. What it leaks, by design: which records share a term (and how many terms a
 * record has), never the term itself without the key.
 *
 * <p>Why 64 bits are enough: a stored term only nominates candidates. Every hit is decrypted and
 * re-checked against the query in plaintext ({@code DocumentRepository.search}), so a collision of
 * two terms (about n²/2⁶⁵ for n distinct terms in a table: below 10⁻⁷ at a million) costs one
 * decryption, never a wrong result. The 8-byte term is the first 8 bytes of the 16-byte one older
 * vaults stored, which is what lets migration V4 shorten them without the key.
 *
 * <p>Terms repeat across records (every title word's prefixes, a UMR's first characters), so the
 * terms of one unlocked session are memoised in a bounded LRU cache ({@value #CACHE_ENTRIES} entries
 * per table). {@link #wipe()} (lock, idle lock) zeroes every cached term and empties the cache; the
 * cache is as secret as the key: it maps plaintext terms to their index values.
 */
public final class BlindIndex {

    /** Stored term length: 64 bits (collisions are filtered by the plaintext re-check; see above). */
    public static final int TERM_BYTES = 8;

    /** Cached terms per table; beyond this the least recently used is dropped (and zeroed). */
    public static final int CACHE_ENTRIES = 16_384;

    private final Prf prf;
    /** Per table: normalised term to its stored bytes. Guarded by {@code this}. */
    private final Map<String, TermCache> cache = new HashMap<>();
    private boolean wiped;

    public BlindIndex(Prf prf) {
        this.prf = prf;
    }

    public synchronized byte[] term(String table, String normalisedTerm) {
        return tableCache(table).get(normalisedTerm).clone();
    }

    /**
     * The stored form of each term, in the order given. Copies: the cache zeroes its own arrays on
     * eviction and on lock, which must never reach a statement that still holds one in its batch.
     */
    public synchronized List<byte[]> terms(String table, Collection<String> normalisedTerms) {
        TermCache c = tableCache(table);
        List<byte[]> out = new ArrayList<>(normalisedTerms.size());
        for (String t : normalisedTerms) {
            out.add(c.get(t).clone());
        }
        return out;
    }

    /** Zeroes and drops every cached term; any later use fails (the key ring is wiped with it). */
    public synchronized void wipe() {
        for (TermCache c : cache.values()) {
            c.wipe();
        }
        cache.clear();
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

    private TermCache tableCache(String table) {
        if (wiped) {
            throw new IllegalStateException("blind index has been wiped (vault locked)");
        }
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

    /** One table's LRU map of terms (access order). */
    private final class TermCache extends LinkedHashMap<String, byte[]> {
        private final byte[] prefix;

        TermCache(byte[] prefix) {
            super(1024, 0.75f, true);
            this.prefix = prefix;
        }

        byte[] get(String term) {
            byte[] v = super.get(term);
            if (v == null) {
                v = macOf(prefix, term);
                put(term, v);
            }
            return v;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            if (size() > CACHE_ENTRIES) {
                Arrays.fill(eldest.getValue(), (byte) 0);
                return true;
            }
            return false;
        }

        void wipe() {
            for (byte[] v : values()) {
                Arrays.fill(v, (byte) 0);
            }
            clear();
        }
    }
}
