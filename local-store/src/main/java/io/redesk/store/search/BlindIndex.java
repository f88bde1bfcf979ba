package io.redesk.store.search;

import io.redesk.store.crypto.Prf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Keyed HMAC of normalised search terms (HMAC-SHA-256 or HMAC-SM3 under the blind-index sub-key),
 * truncated to 128 bits. The table name is part of the input so equal terms in two tables do not link.
 * What it leaks, by design: which records share a term (and how many terms a record has), never the
 * term itself without the key.
 */
public final class BlindIndex {

    /** Stored term length: 128 bits, no accidental collision in any realistic vault. */
    public static final int TERM_BYTES = 16;

    private final Prf prf;

    public BlindIndex(Prf prf) {
        this.prf = prf;
    }

    public byte[] term(String table, String normalisedTerm) {
        return term(prefix(table), normalisedTerm);
    }

    public List<byte[]> terms(String table, Collection<String> normalisedTerms) {
        byte[] prefix = prefix(table);
        List<byte[]> out = new ArrayList<>(normalisedTerms.size());
        for (String t : normalisedTerms) {
            out.add(term(prefix, t));
        }
        return out;
    }

    /** HMAC input: table name, a zero byte (no table name contains one), the term. */
    private byte[] term(byte[] prefix, String normalisedTerm) {
        byte[] mac = prf.mac(prefix, normalisedTerm.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(mac, TERM_BYTES);
    }

    private static byte[] prefix(String table) {
        byte[] t = table.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(t, t.length + 1);
    }
}
