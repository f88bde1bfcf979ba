package io.redesk.store.crypto;

/**
 * A keyed MAC (HMAC-SHA-256 or HMAC-SM3) used for blind indexes and whole-file integrity checks.
 * Thread-safe; wiping overwrites the key and re-keys the engine with zeros.
 */
public interface Prf {

    /** MAC over the concatenation of the parts (callers frame variable-length parts themselves). */
    byte[] mac(byte[]... parts);

    /** A streaming MAC computation on a private engine (for large files); not shared between threads. */
    Streaming streaming();

    /** Output length in bytes. */
    int length();

    void wipe();

    /** A MAC over a stream of bytes, finished once. */
    interface Streaming {
        void update(byte[] data, int offset, int length);

        byte[] finish();
    }
}
