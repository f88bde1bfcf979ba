package io.redesk.store.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The algorithm family a vault is created with; fixed for the vault's life and bound into every
 * record's associated data, so a ciphertext cannot be re-labelled as the other suite.
 */
public enum CryptoSuite {
    /** AES-256-GCM (JDK provider, hardware accelerated), HMAC-SHA-256, HKDF-SHA-256. */
    INTERNATIONAL((byte) 1, 32),
    /** 国密: SM4-GCM, HMAC-SM3, HKDF-SM3, all through Bouncy Castle. */
    GM((byte) 2, 16);

    private final byte code;
    private final int aeadKeyBytes;

    CryptoSuite(byte code, int aeadKeyBytes) {
        this.code = code;
        this.aeadKeyBytes = aeadKeyBytes;
    }

    /** Stable one-byte code written into envelopes and associated data. */
    public byte code() {
        return code;
    }

    /** Length of the record-encryption sub-key (AES-256: 32, SM4: 16). */
    public int aeadKeyBytes() {
        return aeadKeyBytes;
    }

    public Aead aead(byte[] key) {
        return this == INTERNATIONAL ? new JdkAesGcm(key) : new BcSm4Gcm(key);
    }

    public Prf prf(byte[] key) {
        return this == INTERNATIONAL ? new JdkHmacSha256(key) : new BcHmacSm3(key);
    }

    /** The hash HKDF runs on for this suite. */
    Digest hkdfDigest() {
        return this == INTERNATIONAL ? new SHA256Digest() : new SM3Digest();
    }

    public static CryptoSuite fromCode(byte code) {
        for (CryptoSuite s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown crypto suite code " + code);
    }
}
