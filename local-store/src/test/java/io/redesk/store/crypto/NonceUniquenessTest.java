package io.redesk.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Nonces are 96-bit random values drawn per encryption (see {@link Nonces}); these tests check the
 * property that matters under one key: no nonce is used twice, even for the same record version
 * written twice, and the nonce travels in the envelope rather than being recomputed.
 */
class NonceUniquenessTest {

    @Test
    void noNonceRepeatsAcrossTwoHundredThousandEncryptionsOfTheSameRecordVersion() {
        RecordCipher cipher = new RecordCipher(CryptoSuite.INTERNATIONAL, CryptoSuite.INTERNATIONAL.aead(new byte[32]));
        Set<ByteBuffer> nonces = new HashSet<>();
        int headerLength = RecordCipher.associatedData(CryptoSuite.INTERNATIONAL, "placements", "p-1", 7).length;
        for (int i = 0; i < 200_000; i++) {
            byte[] env = cipher.seal("placements", "p-1", 7, new byte[] {1, 2, 3});
            byte[] nonce = java.util.Arrays.copyOfRange(env, headerLength, headerLength + Aead.NONCE_BYTES);
            assertThat(nonces.add(ByteBuffer.wrap(nonce))).as("nonce %d is fresh", i).isTrue();
        }
    }

    @Test
    void sameRecordVersionSealedTwiceGivesDifferentCiphertextsThatBothOpen() {
        RecordCipher cipher = new RecordCipher(CryptoSuite.GM, CryptoSuite.GM.aead(new byte[16]));
        byte[] a = cipher.seal("quotes", "q-1", 1, "same".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] b = cipher.seal("quotes", "q-1", 1, "same".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a).isNotEqualTo(b);
        assertThat(cipher.open("quotes", "q-1", 1, a)).isEqualTo(cipher.open("quotes", "q-1", 1, b));
    }

    @Test
    void randomSourceIsNotConstant() {
        assertThat(Nonces.random()).isNotEqualTo(Nonces.random());
    }
}
