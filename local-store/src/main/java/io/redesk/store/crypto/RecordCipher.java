package io.redesk.store.crypto;

import io.redesk.store.RecordIntegrityException;
import io.redesk.store.RecordIntegrityException.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Record-level AEAD with the record's location as associated data. Envelope layout:
 * <pre>
 *   format(1)=1 | suite(1) | tableLen(1) table | idLen(2) id | version(8) | nonce(12) | ciphertext+tag
 * </pre>
 * The associated data is the envelope prefix up to the version: format, suite, table, record id and
 * version. Reads always authenticate against the location the row is read from, never the stored
 * header; the header is only consulted after a failure, to name what happened (a ciphertext that
 * verifies under its own header is genuine, so it was moved or replayed rather than edited).
 */
public final class RecordCipher {

    private static final byte FORMAT = 1;

    private final CryptoSuite suite;
    private final Aead aead;

    public RecordCipher(CryptoSuite suite, Aead aead) {
        this.suite = suite;
        this.aead = aead;
    }

    public byte[] seal(String table, String recordId, long version, byte[] plaintext) {
        byte[] ad = associatedData(suite, table, recordId, version);
        byte[] nonce = Nonces.random();
        // The envelope is allocated once and the AEAD writes straight into it (no ciphertext copy).
        byte[] envelope = new byte[ad.length + Aead.NONCE_BYTES + plaintext.length + Aead.TAG_BYTES];
        System.arraycopy(ad, 0, envelope, 0, ad.length);
        System.arraycopy(nonce, 0, envelope, ad.length, Aead.NONCE_BYTES);
        aead.sealInto(nonce, plaintext, ad, envelope, ad.length + Aead.NONCE_BYTES);
        return envelope;
    }

    /** Decrypts the row at (table, recordId, version) or throws a named {@link RecordIntegrityException}. */
    public byte[] open(String table, String recordId, long version, byte[] envelope) {
        byte[] ad = associatedData(suite, table, recordId, version);
        int body = ad.length + Aead.NONCE_BYTES;
        // Common case: the stored header is byte for byte the expected associated data, so the nonce and
        // ciphertext start right after it; decrypt in place, authenticated against the expected location
        // (exactly as below: the stored header is never trusted, it only tells where the nonce starts).
        if (envelope.length >= body + Aead.TAG_BYTES && Arrays.equals(envelope, 0, ad.length, ad, 0, ad.length)) {
            try {
                return aead.open(envelope, ad.length, envelope, body, envelope.length - body, ad);
            } catch (AuthenticationFailedException altered) {
                // falls through to the general path, which names the failure
            }
        }
        return openAndDiagnose(table, recordId, version, envelope, ad);
    }

    private byte[] openAndDiagnose(String table, String recordId, long version, byte[] envelope, byte[] ad) {
        Header h;
        try {
            h = Header.parse(envelope);
        } catch (RuntimeException e) {
            throw new RecordIntegrityException(Kind.TAMPERED, table, recordId, "envelope header is malformed");
        }
        if (h.suiteCode != suite.code()) {
            throw new RecordIntegrityException(Kind.TAMPERED, table, recordId, "envelope names another crypto suite");
        }
        byte[] nonce = Arrays.copyOfRange(envelope, h.length, h.length + Aead.NONCE_BYTES);
        byte[] ct = Arrays.copyOfRange(envelope, h.length + Aead.NONCE_BYTES, envelope.length);
        try {
            return aead.open(nonce, ct, ad);
        } catch (AuthenticationFailedException expectedLocationFailed) {
            throw diagnose(table, recordId, version, envelope, h, nonce, ct);
        }
    }

    private RecordIntegrityException diagnose(String table, String recordId, long version, byte[] envelope,
                                              Header h, byte[] nonce, byte[] ct) {
        boolean sameLocation = h.table.equals(table) && h.recordId.equals(recordId) && h.version == version;
        if (!sameLocation) {
            byte[] ownAd = Arrays.copyOfRange(envelope, 0, h.length);
            try {
                byte[] pt = aead.open(nonce, ct, ownAd);
                Arrays.fill(pt, (byte) 0);
                if (h.table.equals(table) && h.recordId.equals(recordId)) {
                    if (h.version < version) {
                        return new RecordIntegrityException(Kind.REPLAYED, table, recordId,
                                "the row holds version " + h.version + " of this record where version " + version
                                        + " is expected");
                    }
                    return new RecordIntegrityException(Kind.MOVED, table, recordId,
                            "the row holds version " + h.version + " where version " + version + " is expected");
                }
                return new RecordIntegrityException(Kind.MOVED, table, recordId,
                        "the row holds the ciphertext of record " + h.recordId + " from " + h.table);
            } catch (AuthenticationFailedException alsoFails) {
                // falls through: not genuine anywhere
            }
        }
        return new RecordIntegrityException(Kind.TAMPERED, table, recordId, "ciphertext or tag was altered");
    }

    static byte[] associatedData(CryptoSuite suite, String table, String recordId, long version) {
        byte[] t = table.getBytes(StandardCharsets.UTF_8);
        byte[] id = recordId.getBytes(StandardCharsets.UTF_8);
        if (t.length > 255 || id.length > 65535) {
            throw new IllegalArgumentException("table name or record id too long");
        }
        // Built by hand (one array, no buffer object): this runs on every record read and write.
        byte[] ad = new byte[1 + 1 + 1 + t.length + 2 + id.length + 8];
        ad[0] = FORMAT;
        ad[1] = suite.code();
        ad[2] = (byte) t.length;
        System.arraycopy(t, 0, ad, 3, t.length);
        int p = 3 + t.length;
        ad[p++] = (byte) (id.length >>> 8);
        ad[p++] = (byte) id.length;
        System.arraycopy(id, 0, ad, p, id.length);
        p += id.length;
        for (int shift = 56; shift >= 0; shift -= 8) {
            ad[p++] = (byte) (version >>> shift);
        }
        return ad;
    }

    /** The parsed, unauthenticated envelope prefix. */
    private static final class Header {
        final byte suiteCode;
        final String table;
        final String recordId;
        final long version;
        final int length;

        private Header(byte suiteCode, String table, String recordId, long version, int length) {
            this.suiteCode = suiteCode;
            this.table = table;
            this.recordId = recordId;
            this.version = version;
            this.length = length;
        }

        static Header parse(byte[] env) {
            ByteBuffer b = ByteBuffer.wrap(env);
            if (b.get() != FORMAT) {
                throw new IllegalArgumentException("unknown envelope format");
            }
            byte suite = b.get();
            byte[] t = new byte[Byte.toUnsignedInt(b.get())];
            b.get(t);
            byte[] id = new byte[Short.toUnsignedInt(b.getShort())];
            b.get(id);
            long version = b.getLong();
            int len = b.position();
            if (env.length < len + Aead.NONCE_BYTES + Aead.TAG_BYTES) {
                throw new IllegalArgumentException("envelope too short");
            }
            return new Header(suite, new String(t, StandardCharsets.UTF_8), new String(id, StandardCharsets.UTF_8),
                    version, len);
        }
    }
}
