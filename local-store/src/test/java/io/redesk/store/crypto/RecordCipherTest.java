package io.redesk.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redesk.store.RecordIntegrityException;
import io.redesk.store.RecordIntegrityException.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Associated data binds table, record id, version and suite; a failure is named. */
class RecordCipherTest {

    private static RecordCipher cipher(CryptoSuite suite) {
        return new RecordCipher(suite, suite.aead(Nonces.randomBytes(suite.aeadKeyBytes())));
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void roundTripsAtItsOwnLocation(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        byte[] env = c.seal("quotes", "q-1", 3, "premium 1,250,000.00".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(c.open("quotes", "q-1", 3, env), StandardCharsets.UTF_8)).isEqualTo("premium 1,250,000.00");
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void associatedDataKeepsItsDocumentedLayout(CryptoSuite suite) {
        // format | suite | tableLen(1) table | idLen(2, big-endian) id | version(8, big-endian): vaults already
        // written depend on these exact bytes.
        byte[] ad = RecordCipher.associatedData(suite, "quotes", "q-1", 0x0102030405060708L);
        byte[] expected = new byte[] {1, suite.code(), 6, 'q', 'u', 'o', 't', 'e', 's', 0, 3, 'q', '-', '1',
            1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(ad).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void headerNamingAnotherLocationStillOpensNothingAndIsNamed(CryptoSuite suite) {
        // The fast path takes the nonce right after a header equal to the expected location; a header
        // edited to match another location must fail authentication, not decrypt.
        RecordCipher c = cipher(suite);
        byte[] env = c.seal("quotes", "q-1", 3, new byte[64]);
        byte[] moved = RecordCipher.associatedData(suite, "quotes", "q-2", 3);
        System.arraycopy(moved, 0, env, 0, moved.length);
        RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> c.open("quotes", "q-2", 3, env));
        assertThat(e.kind()).isEqualTo(Kind.TAMPERED);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void flippedCiphertextBitIsNamedTampered(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        byte[] env = c.seal("quotes", "q-1", 3, new byte[64]);
        env[env.length - 20] ^= 1;
        RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> c.open("quotes", "q-1", 3, env));
        assertThat(e.kind()).isEqualTo(Kind.TAMPERED);
        assertThat(e.recordId()).isEqualTo("q-1");
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void ciphertextOfAnotherRecordIsNamedMoved(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        byte[] other = c.seal("quotes", "q-2", 3, new byte[64]);
        RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> c.open("quotes", "q-1", 3, other));
        assertThat(e.kind()).isEqualTo(Kind.MOVED);
        assertThat(e.getMessage()).contains("q-2");
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void ciphertextFromAnotherTableIsNamedMoved(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        byte[] other = c.seal("lines", "q-1", 3, new byte[64]);
        assertThat(catchThrowableOfType(RecordIntegrityException.class, () -> c.open("quotes", "q-1", 3, other)).kind())
                .isEqualTo(Kind.MOVED);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void olderVersionPutBackIsNamedReplayed(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        byte[] v2 = c.seal("quotes", "q-1", 2, new byte[64]);
        RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> c.open("quotes", "q-1", 3, v2));
        assertThat(e.kind()).isEqualTo(Kind.REPLAYED);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void headerRewrittenToPointHereStillFailsAsTampered(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        byte[] v2 = c.seal("quotes", "q-1", 2, new byte[64]);
        // Rewrite the plaintext version in the header to 3: the AD no longer matches what was sealed.
        int versionOffset = RecordCipher.associatedData(suite, "quotes", "q-1", 2).length - 1;
        v2[versionOffset] = 3;
        assertThat(catchThrowableOfType(RecordIntegrityException.class, () -> c.open("quotes", "q-1", 3, v2)).kind())
                .isEqualTo(Kind.TAMPERED);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void envelopeCannotBeReadUnderTheOtherSuite(CryptoSuite suite) {
        RecordCipher c = cipher(suite);
        CryptoSuite other = suite == CryptoSuite.GM ? CryptoSuite.INTERNATIONAL : CryptoSuite.GM;
        RecordCipher o = cipher(other);
        byte[] env = c.seal("quotes", "q-1", 1, new byte[8]);
        assertThat(catchThrowableOfType(RecordIntegrityException.class, () -> o.open("quotes", "q-1", 1, env)).kind())
                .isEqualTo(Kind.TAMPERED);
    }
}
