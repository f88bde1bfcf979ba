package io.redesk.store.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4-GCM (GB/T 32907-2016 block cipher in GCM, as in RFC 8998) through Bouncy Castle's lightweight
 * API. The lightweight API avoids registering a JCE provider and the provider's per-call overhead.
 * SM4 keys are 128 bits: the suite derives a 16-byte sub-key for it.
 */
final class BcSm4Gcm implements Aead {

    private final byte[] key;
    private final GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
    /** Whether the engine holds this key's schedule and GCM tables (then later inits pass no key). */
    private boolean keyed;
    private boolean wiped;

    BcSm4Gcm(byte[] key) {
        if (key.length != 16) {
            throw new IllegalArgumentException("SM4 needs a 16-byte key, got " + key.length);
        }
        this.key = key.clone();
    }

    @Override
    public synchronized byte[] seal(byte[] nonce, byte[] plaintext, byte[] associatedData) {
        checkUsable(nonce);
        init(true, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(plaintext.length)];
        int n = cipher.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
        return out;
    }

    @Override
    public synchronized int sealInto(byte[] nonce, byte[] plaintext, byte[] associatedData, byte[] out, int outOffset) {
        checkUsable(nonce);
        init(true, nonce, associatedData);
        int n = cipher.processBytes(plaintext, 0, plaintext.length, out, outOffset);
        try {
            return n + cipher.doFinal(out, outOffset + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
    }

    @Override
    public byte[] open(byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData) {
        checkUsable(nonce);
        return open(nonce, 0, ciphertextAndTag, 0, ciphertextAndTag.length, associatedData);
    }

    @Override
    public synchronized byte[] open(byte[] nonceSource, int nonceOffset, byte[] input, int offset, int length,
                                    byte[] associatedData) {
        byte[] nonce = Arrays.copyOfRange(nonceSource, nonceOffset, nonceOffset + NONCE_BYTES);
        checkUsable(nonce);
        if (length < TAG_BYTES) {
            throw new AuthenticationFailedException("ciphertext shorter than its tag");
        }
        init(false, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(length)];
        int n = cipher.processBytes(input, offset, length, out, 0);
        try {
            cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            Arrays.fill(out, (byte) 0);
            throw new AuthenticationFailedException("SM4-GCM tag mismatch");
        }
        return out;
    }

    @Override
    public synchronized void wipe() {
        if (wiped) {
            return;
        }
        Arrays.fill(key, (byte) 0);
        // Re-key with zeros: overwrites SM4's round keys and GCM's hash-key tables held by the engine.
        cipher.init(true, new AEADParameters(new KeyParameter(new byte[16]), TAG_BYTES * 8, Nonces.random(), new byte[0]));
        wiped = true;
    }

    /**
     * Only the engine's first init passes the key: Bouncy Castle's GCM then keeps SM4's round keys and
     * its 4 KiB multiplication table for H instead of recomputing both for every record (nonce and
     * associated data are still fresh per call). Wiping re-keys with zeros.
     */
    private void init(boolean forEncryption, byte[] nonce, byte[] associatedData) {
        cipher.init(forEncryption, new AEADParameters(keyed ? null : new KeyParameter(key), TAG_BYTES * 8, nonce,
                associatedData));
        keyed = true;
    }

    byte[] keyArrayForTest() {
        return key;
    }

    private void checkUsable(byte[] nonce) {
        if (wiped) {
            throw new IllegalStateException("key has been wiped");
        }
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("GCM nonce must be 12 bytes, got " + nonce.length);
        }
    }
}
