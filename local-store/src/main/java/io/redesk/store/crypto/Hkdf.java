package io.redesk.store.crypto;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF (RFC 5869) on the suite's hash: one data key, one independent sub-key per purpose, so the
 * blind-index key can never decrypt and the record key never feeds a MAC.
 */
final class Hkdf {

    private static final byte[] SALT = "io.redesk.store/v1".getBytes(StandardCharsets.US_ASCII);

    private Hkdf() {
    }

    static byte[] derive(CryptoSuite suite, byte[] dataKey, String purpose, int length) {
        HKDFBytesGenerator gen = new HKDFBytesGenerator(suite.hkdfDigest());
        gen.init(new HKDFParameters(dataKey, SALT, purpose.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[length];
        gen.generateBytes(out, 0, length);
        return out;
    }
}
