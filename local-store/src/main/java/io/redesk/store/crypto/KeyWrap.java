package io.redesk.store.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Wraps the data key under a passphrase-derived key-encryption key (envelope encryption, as Signal's
 * DatabaseSecretProvider and Tink's KmsEnvelopeAead do). The wrap is an AEAD of the data key whose
 * associated data binds the vault id, the suite and the Argon2 parameters, so none of them can be
 * swapped in the key file without the unwrap failing.
 */
public final class KeyWrap {

    private KeyWrap() {
    }

    /** Result of wrapping: a fresh nonce and the sealed data key. */
    public record Wrapped(byte[] nonce, byte[] sealed) {
    }

    public static Wrapped wrap(CryptoSuite suite, char[] passphrase, byte[] salt, KdfParams params,
                               String vaultId, byte[] dataKey) {
        Aead aead = kekAead(suite, passphrase, salt, params);
        try {
            byte[] nonce = Nonces.random();
            return new Wrapped(nonce, aead.seal(nonce, dataKey, ad(suite, params, vaultId)));
        } finally {
            aead.wipe();
        }
    }

    /**
     * Unwraps, or throws {@link AuthenticationFailedException} when the passphrase is wrong (or the
     * wrapped key was altered: GCM cannot tell these apart, and neither should an attacker).
     */
    public static byte[] unwrap(CryptoSuite suite, char[] passphrase, byte[] salt, KdfParams params,
                                String vaultId, Wrapped wrapped) {
        Aead aead = kekAead(suite, passphrase, salt, params);
        try {
            return aead.open(wrapped.nonce(), wrapped.sealed(), ad(suite, params, vaultId));
        } finally {
            aead.wipe();
        }
    }

    private static Aead kekAead(CryptoSuite suite, char[] passphrase, byte[] salt, KdfParams params) {
        byte[] kek = Argon2id.derive(passphrase, salt, params, 32);
        byte[] wrapKey = Hkdf.derive(suite, kek, "key-wrap", suite.aeadKeyBytes());
        try {
            return suite.aead(wrapKey);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    private static byte[] ad(CryptoSuite suite, KdfParams p, String vaultId) {
        byte[] id = vaultId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + 1 + 12 + 4 + id.length)
                .put("RDK1".getBytes(StandardCharsets.US_ASCII))
                .put(suite.code())
                .putInt(p.memoryKiB()).putInt(p.iterations()).putInt(p.parallelism())
                .putInt(id.length).put(id)
                .array();
    }
}
