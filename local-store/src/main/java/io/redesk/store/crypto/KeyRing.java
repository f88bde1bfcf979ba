package io.redesk.store.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The unlocked key material of one vault: the 256-bit data key and the purpose-bound sub-keys derived
 * from it with HKDF. Everything here is wiped on lock; after {@link #wipe()} every byte array this
 * ring ever held is zero (the idle-lock test checks the arrays themselves).
 */
public final class KeyRing {

    /** Data key length: 256 bits for both suites (SM4 takes a 128-bit sub-key derived from it). */
    public static final int DATA_KEY_BYTES = 32;

    private final CryptoSuite suite;
    private final byte[] dataKey;
    private final Aead records;
    private final Prf blindIndex;
    private final Aead backupCipher;
    private final Prf backupMac;
    private volatile boolean wiped;

    /** Takes ownership of {@code dataKey} (it is zeroed by {@link #wipe()}). */
    public KeyRing(CryptoSuite suite, byte[] dataKey) {
        if (dataKey.length != DATA_KEY_BYTES) {
            throw new IllegalArgumentException("data key must be 32 bytes");
        }
        this.suite = suite;
        this.dataKey = dataKey;
        this.records = suite.aead(subKey("record-encryption", suite.aeadKeyBytes()));
        this.blindIndex = suite.prf(subKey("blind-index", 32));
        this.backupCipher = suite.aead(subKey("backup-encryption", suite.aeadKeyBytes()));
        this.backupMac = suite.prf(subKey("backup-mac", 32));
    }

    private byte[] subKey(String purpose, int length) {
        byte[] k = Hkdf.derive(suite, dataKey, purpose, length);
        try {
            return k.clone();
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    public CryptoSuite suite() {
        return suite;
    }

    public Aead records() {
        check();
        return records;
    }

    public Prf blindIndex() {
        check();
        return blindIndex;
    }

    public Aead backupCipher() {
        check();
        return backupCipher;
    }

    public Prf backupMac() {
        check();
        return backupMac;
    }

    /** The raw data key, for re-wrapping under a new passphrase. Callers must not keep it. */
    public byte[] dataKey() {
        check();
        return dataKey;
    }

    public boolean isWiped() {
        return wiped;
    }

    public synchronized void wipe() {
        if (wiped) {
            return;
        }
        wiped = true;
        Arrays.fill(dataKey, (byte) 0);
        records.wipe();
        blindIndex.wipe();
        backupCipher.wipe();
        backupMac.wipe();
    }

    /**
     * Every key array held by this ring and its ciphers, for tests that assert the arrays are zero
     * after a lock (not copies: the very arrays the ciphers use).
     */
    public List<byte[]> keyArraysForTest() {
        List<byte[]> all = new ArrayList<>();
        all.add(dataKey);
        for (Object o : List.of(records, blindIndex, backupCipher, backupMac)) {
            if (o instanceof JdkAesGcm a) {
                all.add(a.keyArrayForTest());
            } else if (o instanceof BcSm4Gcm s) {
                all.add(s.keyArrayForTest());
            } else if (o instanceof JdkHmacSha256 h) {
                all.add(h.keyArrayForTest());
            } else if (o instanceof BcHmacSm3 h) {
                all.add(h.keyArrayForTest());
            }
        }
        return all;
    }

    private void check() {
        if (wiped) {
            throw new IllegalStateException("key ring has been wiped (vault locked)");
        }
    }
}
