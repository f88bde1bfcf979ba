package io.redesk.store.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id key derivation (RFC 9106) through Bouncy Castle. */
public final class Argon2id {

    private Argon2id() {
    }

    /**
     * Derives {@code length} bytes from a passphrase. The passphrase is encoded as UTF-8 into a
     * temporary array that is zeroed before returning; the caller still owns (and wipes) the chars.
     */
    public static byte[] derive(char[] passphrase, byte[] salt, KdfParams params, int length) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] pw = new byte[encoded.remaining()];
        encoded.get(pw);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            return derive(pw, salt, null, null, params, length);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    /** Raw form with the optional secret and associated data of RFC 9106 (used by the known-answer test). */
    public static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] additional,
                                KdfParams params, int length) {
        Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt);
        if (secret != null) {
            b.withSecret(secret);
        }
        if (additional != null) {
            b.withAdditional(additional);
        }
        Argon2Parameters p = b.build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(p);
        byte[] out = new byte[length];
        gen.generateBytes(password, out);
        p.clear();
        return out;
    }
}
