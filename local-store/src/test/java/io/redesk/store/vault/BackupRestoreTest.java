package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redesk.store.BackupIntegrityException;
import io.redesk.store.BackupIntegrityException.Reason;
import io.redesk.store.WrongPassphraseException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackupRestoreTest {

    @TempDir
    Path appData;

    private Path backupOf(CryptoSuite suite) {
        Path file = appData.resolve("alice.rdbk");
        try (Vault v = TestVaults.create(appData, suite)) {
            new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific Marine Cargo", "B0999"));
            new SlipVersionRepository(v).insert(Samples.slip("s-1", "p-1", 1));
            new Outbox(v).enqueue("placement", "p-1", "placement.create", io.redesk.store.doc.Json.mapper().createObjectNode());
            v.backupTo(file);
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void restoresIntoAFreshProfileWithEverything(CryptoSuite suite) {
        Path file = backupOf(suite);
        VaultLocation fresh = new VaultLocation(appData.resolve("new-laptop"), "alice");
        try (Vault v = Vaults.restore(file, fresh, TestVaults.PASSPHRASE.toCharArray(), TestVaults.options())) {
            assertThat(v.suite()).isEqualTo(suite);
            assertThat(new PlacementRepository(v).search("pacific")).extracting(s -> s.id()).containsExactly("p-1");
            assertThat(new SlipVersionRepository(v).find("s-1").orElseThrow().value().slip().path("riskDetails")
                    .path("insured").asText()).isEqualTo(Samples.INSURED);
            assertThat(new Outbox(v).pendingCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void restoringOverAnExistingProfileKeepsTheReplacedFiles(CryptoSuite suite) throws Exception {
        Path file = backupOf(suite);
        VaultLocation where = new VaultLocation(appData, "alice");
        try (Vault v = Vaults.unlock(where, TestVaults.PASSPHRASE.toCharArray(), TestVaults.options())) {
            new PlacementRepository(v).insert(Samples.placement("p-2", "Written after the backup", "B2"));
        }
        try (Vault v = Vaults.restore(file, where, TestVaults.PASSPHRASE.toCharArray(), TestVaults.options())) {
            assertThat(new PlacementRepository(v).find("p-2")).isEmpty();
            assertThat(new PlacementRepository(v).find("p-1")).isPresent();
        }
        try (var files = Files.list(where.directory())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("vault.db.replaced-"))
                    .anyMatch(n -> n.startsWith("vault.key.replaced-"));
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void truncatedBackupIsRefusedAndNothingIsWritten(CryptoSuite suite) throws Exception {
        Path file = backupOf(suite);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }
        VaultLocation fresh = new VaultLocation(appData.resolve("fresh"), "alice");
        BackupIntegrityException e = catchThrowableOfType(BackupIntegrityException.class,
                () -> Vaults.restore(file, fresh, TestVaults.PASSPHRASE.toCharArray(), TestVaults.options()));
        assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(e.getMessage()).contains("ends early", "Nothing was restored");
        assertThat(Vaults.exists(fresh)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void alteredByteAnywhereInTheBodyIsRefusedAsTampered(CryptoSuite suite) throws Exception {
        Path file = backupOf(suite);
        long size = Files.size(file);
        for (long pos : new long[] {size / 2, size - 40, 600}) {
            byte[] copy = Files.readAllBytes(file);
            copy[(int) pos] ^= 0x01;
            Path bad = appData.resolve("bad-" + pos + ".rdbk");
            Files.write(bad, copy);
            BackupIntegrityException e = catchThrowableOfType(BackupIntegrityException.class,
                    () -> Vaults.restore(bad, new VaultLocation(appData.resolve("x"), "alice"),
                            TestVaults.PASSPHRASE.toCharArray(), TestVaults.options()));
            assertThat(e).as("flip at %d", pos).isNotNull();
            assertThat(e.reason()).isIn(Reason.TAMPERED, Reason.TRUNCATED);
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void aFileThatIsNotABackupIsNamedSo(CryptoSuite suite) throws Exception {
        Path file = appData.resolve("notes.txt");
        Files.writeString(file, "just some notes, definitely not a backup");
        assertThat(catchThrowableOfType(BackupIntegrityException.class,
                () -> Vaults.restore(file, new VaultLocation(appData, "bob"), "x".toCharArray(), TestVaults.options())).reason())
                .isEqualTo(Reason.NOT_A_BACKUP);
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void wrongPassphraseRestoresNothing(CryptoSuite suite) {
        Path file = backupOf(suite);
        VaultLocation fresh = new VaultLocation(appData.resolve("fresh"), "alice");
        assertThatThrownBy(() -> Vaults.restore(file, fresh, "guess".toCharArray(), TestVaults.options()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(Vaults.exists(fresh)).isFalse();
    }
}
