package io.redesk.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link BcSm4Gcm} passes its key to Bouncy Castle only on the first init and reuses the key schedule
 * after that: what one long-lived engine seals, a fresh engine opens, and the other way round, also
 * after a failed open in between; a wiped engine refuses to work.
 */
class BcSm4GcmKeyReuseTest {

    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aLongLivedEngineAgreesWithFreshOnesCallAfterCall() {
        BcSm4Gcm longLived = new BcSm4Gcm(KEY);
        for (int i = 0; i < 5; i++) {
            byte[] nonce = Nonces.random();
            byte[] ad = ("placements|p-" + i).getBytes(StandardCharsets.UTF_8);
            byte[] plain = ("{\"title\":\"Pacific Marine " + i + "\"}").getBytes(StandardCharsets.UTF_8);

            byte[] sealed = longLived.seal(nonce, plain, ad);
            assertThat(sealed).isEqualTo(new BcSm4Gcm(KEY).seal(nonce, plain, ad));
            assertThat(new BcSm4Gcm(KEY).open(nonce, sealed, ad)).isEqualTo(plain);
            assertThat(longLived.open(nonce, sealed, ad)).isEqualTo(plain);

            byte[] altered = sealed.clone();
            altered[0] ^= 1;
            assertThatThrownBy(() -> longLived.open(nonce, altered, ad)).isInstanceOf(AuthenticationFailedException.class);
            byte[] fresh = new BcSm4Gcm(KEY).seal(Nonces.random(), plain, ad);
            assertThat(fresh).isNotEqualTo(sealed);
        }
        longLived.wipe();
        assertThatThrownBy(() -> longLived.seal(Nonces.random(), new byte[1], new byte[0]))
                .isInstanceOf(IllegalStateException.class);
    }
}
