package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.store.VaultLockedException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KeyRing;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.search.BlindIndex;
import io.redesk.store.testing.MutableClock;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdleLockTest {

    @TempDir
    Path appData;

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void idleTimeoutZeroesEveryKeyArrayAndUnlockResumesWhereTheUserWas(CryptoSuite suite) {
        MutableClock clock = MutableClock.startingAt("2026-11-27T09:00:00Z");
        Vault v = TestVaults.create(appData, suite, TestVaults.options(clock).withIdleTimeout(Duration.ofMinutes(5)));
        PlacementRepository placements = new PlacementRepository(v);
        placements.insert(Samples.placement("p-1", "Pacific Marine Cargo", "B0999"));
        v.setResumeStateProvider(() -> "{\"screen\":\"slip-editor\",\"placement\":\"p-1\"}");
        KeyRing ring = v.keyRingForTest();
        List<byte[]> arrays = ring.keyArraysForTest();
        BlindIndex index = v.blindIndexForTest();
        assertThat(index.cachedTerms()).isPositive();
        assertThat(arrays).hasSize(5).allSatisfy(a -> assertThat(isZero(a)).isFalse());

        clock.advance(Duration.ofMinutes(4));
        assertThat(v.lockIfIdle()).isFalse();
        placements.count(); // activity restarts the timer
        clock.advance(Duration.ofMinutes(4));
        assertThat(v.lockIfIdle()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(v.lockIfIdle()).isTrue();

        assertThat(v.isUnlocked()).isFalse();
        assertThat(ring.isWiped()).isTrue();
        assertThat(arrays).allSatisfy(a -> assertThat(isZero(a)).as("key array zeroed").isTrue());
        assertThat(index.cachedTerms()).as("memoised blind-index terms dropped").isZero();
        assertThatThrownBy(placements::count).isInstanceOf(VaultLockedException.class);

        v.unlock(TestVaults.PASSPHRASE.toCharArray());
        assertThat(v.resumeState()).contains("{\"screen\":\"slip-editor\",\"placement\":\"p-1\"}");
        assertThat(placements.find("p-1")).isPresent();
        v.close();
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void explicitLockAlsoZeroesTheKeys(CryptoSuite suite) {
        Vault v = TestVaults.create(appData, suite);
        List<byte[]> arrays = v.keyRingForTest().keyArraysForTest();
        v.lock();
        assertThat(arrays).allSatisfy(a -> assertThat(isZero(a)).isTrue());
    }

    private static boolean isZero(byte[] a) {
        for (byte b : a) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
