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

    /** Overwrites the key and the engine's key schedule; later calls throw {@link IllegalStateException}. */
    void wipe();
}
