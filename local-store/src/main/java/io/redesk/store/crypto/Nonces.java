package io.redesk.store.crypto;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random 96-bit GCM nonces and random key material from one DRBG. Why random and not a counter: the
 * vault can be restored from a backup or copied, and a persisted counter would then restart and repeat
 * nonces under the same key; a random nonce has no state to roll back. Under one data key the chance
 * of any repeat after n encryptions is below n^2 / 2^97, i.e. under 2^-33 for 2^32 encryptions, the
 * NIST SP 800-38D limit for random nonces; a desktop vault stays many orders of magnitude below it.
 */
public final class Nonces {

    private static final SecureRandom RANDOM = create();

    private Nonces() {
    }

    /** A fresh 96-bit nonce. */
    public static byte[] random() {
        return randomBytes(Aead.NONCE_BYTES);
    }

    /** Fresh random bytes (keys, salts, ids). */
    public static byte[] randomBytes(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }

    private static SecureRandom create() {
        try {
            // NIST SP 800-90A DRBG seeded by the OS; faster than NativePRNG's locked /dev/urandom reads.
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
