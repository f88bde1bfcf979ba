package io.redesk.store.crypto;

/**
 * An authenticated cipher bound to one key: seals and opens with a caller-chosen nonce and associated
 * data. Implementations are thread-safe (they serialise on the instance) and can be wiped, after which
 * every call fails; wiping re-keys the underlying engine with zeros so the expanded key schedule
 * inside the provider's objects is overwritten too, not merely dropped.
 */
public interface Aead {

    /** Nonce length in bytes (96 bits for GCM). */
    int NONCE_BYTES = 12;

    /** Authentication tag length in bytes (128 bits). */
    int TAG_BYTES = 16;

    /** Returns ciphertext followed by the 16-byte tag. */
    byte[] seal(byte[] nonce, byte[] plaintext, byte[] associatedData);

    /**
     * Returns the plaintext, or throws {@link AuthenticationFailedException} when the tag does not
     * verify (wrong key, altered ciphertext, wrong nonce or associated data).
     */
    byte[] open(byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData);

    /**
     * Seals into {@code out} from {@code outOffset} (ciphertext then tag, {@code plaintext.length +
     * TAG_BYTES} bytes), so a caller building an envelope needs no intermediate copy.
     */
    default int sealInto(byte[] nonce, byte[] plaintext, byte[] associatedData, byte[] out, int outOffset) {
        byte[] ct = seal(nonce, plaintext, associatedData);
        System.arraycopy(ct, 0, out, outOffset, ct.length);
        return ct.length;
    }

    /**
     * {@link #open(byte[], byte[], byte[])} on slices of caller arrays (the nonce at
     * {@code nonceOffset}, ciphertext and tag at {@code offset}), so an envelope is opened where it
     * lies instead of being copied apart first.
     */
    default byte[] open(byte[] nonceSource, int nonceOffset, byte[] input, int offset, int length,
                        byte[] associatedData) {
        return open(java.util.Arrays.copyOfRange(nonceSource, nonceOffset, nonceOffset + NONCE_BYTES),
                java.util.Arrays.copyOfRange(input, offset, offset + length), associatedData);
    }

    /** Overwrites the key and the engine's key schedule; later calls throw {@link IllegalStateException}. */
    void wipe();
}
