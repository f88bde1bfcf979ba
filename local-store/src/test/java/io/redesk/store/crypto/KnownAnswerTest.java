package io.redesk.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.store.testing.Hex;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** Published vectors: the primitives are the standard algorithms, not something merely self-consistent. */
class KnownAnswerTest {

    // McGrew & Viega, "The Galois/Counter Mode of Operation", Appendix B, test cases 13, 14 and 16 (AES-256).
    @Test
    void aesGcmMatchesGcmSpecTestCase13EmptyPlaintext() {
        JdkAesGcm gcm = new JdkAesGcm(new byte[32]);
        byte[] out = gcm.seal(new byte[12], new byte[0], new byte[0]);
        assertThat(Hex.of(out)).isEqualTo("530f8afbc74536b9a963b4f1c4cb738b");
    }

    @Test
    void aesGcmMatchesGcmSpecTestCase14() {
        JdkAesGcm gcm = new JdkAesGcm(new byte[32]);
        byte[] out = gcm.seal(new byte[12], new byte[16], new byte[0]);
        assertThat(Hex.of(out)).isEqualTo("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919");
    }

    @Test
    void aesGcmMatchesGcmSpecTestCase16WithAssociatedData() {
        JdkAesGcm gcm = new JdkAesGcm(Hex.bytes("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
        byte[] nonce = Hex.bytes("cafebabefacedbaddecaf888");
        byte[] pt = Hex.bytes("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] ad = Hex.bytes("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        String expected = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b";
        assertThat(Hex.of(gcm.seal(nonce, pt, ad))).isEqualTo(expected);
        assertThat(gcm.open(nonce, Hex.bytes(expected), ad)).isEqualTo(pt);
    }

    @Test
    void aesGcmRejectsTheVectorWithOneTagBitFlipped() {
        JdkAesGcm gcm = new JdkAesGcm(new byte[32]);
        byte[] ct = Hex.bytes("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab918");
        assertThatThrownBy(() -> gcm.open(new byte[12], ct, new byte[0]))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    // GB/T 32907-2016, Appendix A, example 1: plaintext = key = 0123456789abcdeffedcba9876543210.
    @Test
    void sm4BlockMatchesTheGbT32907Example() {
        SM4Engine sm4 = new SM4Engine();
        byte[] key = Hex.bytes("0123456789abcdeffedcba9876543210");
        sm4.init(true, new KeyParameter(key));
        byte[] out = new byte[16];
        sm4.processBlock(key, 0, out, 0);
        assertThat(Hex.of(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    // RFC 8998, Appendix A.1: SM4-GCM.
    @Test
    void sm4GcmMatchesRfc8998AppendixA1() {
        BcSm4Gcm gcm = new BcSm4Gcm(Hex.bytes("0123456789ABCDEFFEDCBA9876543210"));
        byte[] nonce = Hex.bytes("00001234567800000000ABCD");
        byte[] ad = Hex.bytes("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        byte[] pt = Hex.bytes("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
        String expected = ("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
                + "83DE3541E4C2B58177E065A9BF7B62EC").toLowerCase(java.util.Locale.ROOT);
        assertThat(Hex.of(gcm.seal(nonce, pt, ad))).isEqualTo(expected);
        assertThat(gcm.open(nonce, Hex.bytes(expected), ad)).isEqualTo(pt);
    }

    // RFC 9106, section 5.3: Argon2id, m = 32 KiB, t = 3, p = 4, with secret and associated data.
    @Test
    void argon2idMatchesRfc9106Section53() {
        byte[] tag = Argon2id.derive(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04),
                new KdfParams(32, 3, 4), 32);
        assertThat(Hex.of(tag)).isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    // RFC 4231, test case 2 (HMAC-SHA-256, key "Jefe").
    @Test
    void hmacSha256MatchesRfc4231TestCase2() {
        JdkHmacSha256 mac = new JdkHmacSha256("Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] out = mac.mac("what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(Hex.of(out)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }
}
