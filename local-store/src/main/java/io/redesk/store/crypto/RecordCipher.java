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
        byte[] ct = aead.seal(nonce, plaintext, ad);
        return ByteBuffer.allocate(ad.length + nonce.length + ct.length).put(ad).put(nonce).put(ct).array();
    }

    /** Decrypts the row at (table, recordId, version) or throws a named {@link RecordIntegrityException}. */
    public byte[] open(String table, String recordId, long version, byte[] envelope) {
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
            return aead.open(nonce, ct, associatedData(suite, table, recordId, version));
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
        return ByteBuffer.allocate(1 + 1 + 1 + t.length + 2 + id.length + 8)
                .put(FORMAT).put(suite.code())
                .put((byte) t.length).put(t)
                .putShort((short) id.length).put(id)
                .putLong(version)
                .array();
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
