package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.store.RecordIntegrityException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.testing.MutableClock;
import io.redesk.store.testing.TestVaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The app's named values (the signed-in identity, the exchange tokens): sealed, bound to their name. */
class VaultValuesTest {

    private static final String SECRET = "{\"refreshToken\":\"rdr_only-in-the-vault-0123456789\"}";

    @TempDir
    Path appData;

    private final MutableClock clock = MutableClock.startingAt("2026-12-07T09:00:00Z");

    private Vault create(CryptoSuite suite) {
        return Vaults.create(new VaultLocation(appData, "alice"), TestVaults.PASSPHRASE.toCharArray(), suite,
                TestVaults.options(clock));
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void aValueSurvivesLockAndUnlockAndIsNotOnDiskInPlaintext(CryptoSuite suite) throws Exception {
        try (Vault v = create(suite)) {
            v.saveValue("session.tokens", SECRET);
            v.lock();
            v.unlock(TestVaults.PASSPHRASE.toCharArray());
            assertThat(v.value("session.tokens")).contains(SECRET);
            v.lock();
        }
        for (String file : new String[] {"vault.db", "vault.db-wal"}) {
            Path f = new VaultLocation(appData, "alice").directory().resolve(file);
            if (Files.exists(f)) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
                        .as(file).doesNotContain("only-in-the-vault");
            }
        }
    }

    @Test
    void aMissingValueIsEmptyAndRemovingForgetsIt() {
        try (Vault v = create(CryptoSuite.INTERNATIONAL)) {
            assertThat(v.value("session.identity")).isEmpty();
            v.saveValue("session.identity", "one");
            v.saveValue("session.identity", "two");
            assertThat(v.value("session.identity")).contains("two");
            v.removeValue("session.identity");
            assertThat(v.value("session.identity")).isEmpty();
            v.removeValue("session.identity");
        }
    }

    @Test
    void aValueMovedUnderAnotherNameIsRefused() throws Exception {
        Path db;
        try (Vault v = create(CryptoSuite.INTERNATIONAL)) {
            v.saveValue("session.tokens", SECRET);
            v.saveValue("session.identity", "alice");
            db = v.location().databaseFile();
            v.lock();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 PreparedStatement ps = c.prepareStatement("UPDATE vault_meta SET value = "
                         + "(SELECT value FROM vault_meta WHERE key = 'app.session.tokens') WHERE key = 'app.session.identity'")) {
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            v.unlock(TestVaults.PASSPHRASE.toCharArray());
            assertThatThrownBy(() -> v.value("session.identity")).isInstanceOf(RecordIntegrityException.class);
            assertThat(v.value("session.tokens")).contains(SECRET);
        }
    }

    @Test
    void namesAreCheckedAndTheVaultsOwnAreOutOfReach() {
        try (Vault v = create(CryptoSuite.INTERNATIONAL)) {
            for (String bad : new String[] {"", "vault-check", "Session", "a..b", "../x", "a b"}) {
                if (bad.equals("vault-check")) {
                    // accepted as a name, but stored apart from the vault's own marker
                    v.saveValue(bad, "x");
                    continue;
                }
                assertThatThrownBy(() -> v.saveValue(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            v.lock();
            v.unlock(TestVaults.PASSPHRASE.toCharArray());
            assertThat(v.value("vault-check")).contains("x");
        }
    }
}
