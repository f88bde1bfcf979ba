package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redesk.store.UnlockThrottledException;
import io.redesk.store.VaultExistsException;
import io.redesk.store.VaultLockedException;
import io.redesk.store.VaultNotFoundException;
import io.redesk.store.WrongPassphraseException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.testing.MutableClock;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VaultLifecycleTest {

    @TempDir
    Path appData;

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T09:00:00Z");
    private final VaultLocation location() {
        return new VaultLocation(appData, "alice");
    }

    private Vault create(CryptoSuite suite) {
        return Vaults.create(location(), TestVaults.PASSPHRASE.toCharArray(), suite, TestVaults.options(clock));
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void recordsSurviveLockAndUnlockInBothSuites(CryptoSuite suite) {
        try (Vault v = create(suite)) {
            new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific Marine Cargo", "B0999ABC123"));
            v.lock();
            assertThat(v.isUnlocked()).isFalse();
            v.unlock(TestVaults.PASSPHRASE.toCharArray());
            assertThat(new PlacementRepository(v).find("p-1")).get()
                    .satisfies(s -> assertThat(s.value().title()).isEqualTo("Pacific Marine Cargo"));
            assertThat(v.suite()).isEqualTo(suite);
        }
    }

    @Test
    void reopeningFromDiskInANewHandleWorks() {
        create(CryptoSuite.GM).close();
        try (Vault v = Vaults.unlock(location(), TestVaults.PASSPHRASE.toCharArray(), TestVaults.options(clock))) {
            assertThat(v.suite()).isEqualTo(CryptoSuite.GM);
            assertThat(new PlacementRepository(v).count()).isZero();
        }
    }

    @Test
    void creatingOverAnExistingVaultIsRefused() {
        create(CryptoSuite.INTERNATIONAL).close();
        assertThatThrownBy(() -> create(CryptoSuite.GM)).isInstanceOf(VaultExistsException.class);
    }

    @Test
    void openingAMissingProfileSaysSo() {
        assertThatThrownBy(() -> Vaults.open(new VaultLocation(appData, "nobody"), TestVaults.options(clock)))
                .isInstanceOf(VaultNotFoundException.class).hasMessageContaining("nobody");
    }

    @Test
    void lockedVaultRefusesRepositoryCalls() {
        Vault v = create(CryptoSuite.INTERNATIONAL);
        PlacementRepository repo = new PlacementRepository(v);
        v.lock();
        assertThatThrownBy(repo::count).isInstanceOf(VaultLockedException.class);
    }

    @Test
    void wrongPassphraseIsAClearErrorAndWritesNothingIntoTheVault() throws IOException {
        try (Vault v = create(CryptoSuite.INTERNATIONAL)) {
            new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific", "B1"));
        }
        Map<String, String> before = fingerprint();
        Vault v = Vaults.open(location(), TestVaults.options(clock));
        WrongPassphraseException e = catchThrowableOfType(WrongPassphraseException.class,
                () -> v.unlock("wrong horse".toCharArray()));
        assertThat(e.getMessage()).startsWith("Wrong passphrase");
        assertThat(e.failedAttempts()).isEqualTo(1);
        assertThat(v.isUnlocked()).isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void repeatedWrongPassphrasesAreSlowedDownAndTheDelayPersists() {
        create(CryptoSuite.INTERNATIONAL).close();
        Vault v = Vaults.open(location(), TestVaults.options(clock));
        for (int i = 1; i <= 3; i++) {
            assertThatThrownBy(() -> v.unlock("nope".toCharArray())).isInstanceOf(WrongPassphraseException.class);
        }
        // A new handle (as after an app restart) sees the same backoff: the right passphrase is refused for now.
        Vault restarted = Vaults.open(location(), TestVaults.options(clock));
        UnlockThrottledException t = catchThrowableOfType(UnlockThrottledException.class,
                () -> restarted.unlock(TestVaults.PASSPHRASE.toCharArray()));
        assertThat(t.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> restarted.unlock("nope".toCharArray())).isInstanceOf(WrongPassphraseException.class)
                .satisfies(x -> assertThat(((WrongPassphraseException) x).retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThatThrownBy(() -> restarted.unlock(TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(UnlockThrottledException.class);
        clock.advance(Duration.ofSeconds(2));
        restarted.unlock(TestVaults.PASSPHRASE.toCharArray());
        assertThat(restarted.isUnlocked()).isTrue();
        restarted.lock();
        // success reset the counter: one wrong attempt costs no delay again
        assertThatThrownBy(() -> restarted.unlock("nope".toCharArray()))
                .satisfies(x -> assertThat(((WrongPassphraseException) x).failedAttempts()).isEqualTo(1));
    }

    @Test
    void changingThePassphraseRewrapsOnlyTheKeyFile() throws IOException {
        Vault v = create(CryptoSuite.INTERNATIONAL);
        new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific", "B1"));
        v.lock();
        v.unlock(TestVaults.PASSPHRASE.toCharArray());
        String dbBefore = sha256(location().databaseFile());
        String walBefore = Files.exists(location().walFile()) ? sha256(location().walFile()) : "none";
        v.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), "new passphrase 2027".toCharArray());
        assertThat(sha256(location().databaseFile())).isEqualTo(dbBefore);
        assertThat(Files.exists(location().walFile()) ? sha256(location().walFile()) : "none").isEqualTo(walBefore);
        v.close();
        Vault again = Vaults.open(location(), TestVaults.options(clock));
        assertThatThrownBy(() -> again.unlock(TestVaults.PASSPHRASE.toCharArray())).isInstanceOf(WrongPassphraseException.class);
        again.unlock("new passphrase 2027".toCharArray());
        assertThat(new PlacementRepository(again).find("p-1")).isPresent();
        again.close();
    }

    @Test
    void changingThePassphraseNeedsTheCurrentOne() {
        try (Vault v = create(CryptoSuite.GM)) {
            assertThatThrownBy(() -> v.changePassphrase("guess".toCharArray(), "x".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
        }
        try (Vault v = Vaults.unlock(location(), TestVaults.PASSPHRASE.toCharArray(), TestVaults.options(clock))) {
            assertThat(v.isUnlocked()).isTrue();
        }
    }

    @Test
    void destroyRemovesEveryVaultFile() {
        Vault v = create(CryptoSuite.INTERNATIONAL);
        v.close();
        Vaults.destroy(location());
        assertThat(Vaults.exists(location())).isFalse();
        assertThat(location().directory()).doesNotExist();
    }

    @Test
    void keyFileRecordsArgon2ParametersAndSuite() throws IOException {
        create(CryptoSuite.GM).close();
        String json = Files.readString(location().keyFile());
        assertThat(json).contains("\"argon2id\"", "\"memoryKiB\" : 256", "\"iterations\" : 1", "\"GM\"");
    }

    private Map<String, String> fingerprint() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (var files = Files.list(location().directory())) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals("unlock-attempts")) {
                    m.put(p.getFileName().toString(), sha256(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return m;
    }

    static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
