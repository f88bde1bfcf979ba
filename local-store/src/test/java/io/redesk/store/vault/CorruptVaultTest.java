package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redesk.store.VaultCorruptException;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged vault files give one typed error that offers a restore; never a raw SQLite or JSON failure. */
class CorruptVaultTest {

    @TempDir
    Path appData;
    VaultLocation where;

    @BeforeEach
    void seed() {
        where = new VaultLocation(appData, "alice");
        try (Vault v = TestVaults.create(appData, CryptoSuite.INTERNATIONAL)) {
            List<io.redesk.store.placement.PlacementRecord> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                batch.add(Samples.placement("p-" + i, "Placement number " + i + " " + Samples.SLIP_TEXT, "B" + i));
            }
            new PlacementRepository(v).insertAll(batch);
        }
        // closing the only connection checkpoints the WAL into vault.db
        assertThat(where.walFile()).doesNotExist();
    }

    private VaultCorruptException unlockFails() {
        Vault v = Vaults.open(where, TestVaults.options());
        return catchThrowableOfType(VaultCorruptException.class, () -> {
            v.unlock(TestVaults.PASSPHRASE.toCharArray());
            new PlacementRepository(v).all();
        });
    }

    @Test
    void truncatedDatabaseIsReportedWithARestoreOffer() throws Exception {
        long size = Files.size(where.databaseFile());
        try (RandomAccessFile f = new RandomAccessFile(where.databaseFile().toFile(), "rw")) {
            f.setLength(size / 2);
        }
        VaultCorruptException e = unlockFails();
        assertThat(e).isNotNull();
        assertThat(e.part()).isEqualTo(VaultCorruptException.Part.DATABASE);
        assertThat(e.restoreFromBackupOffered()).isTrue();
        assertThat(e.getMessage()).contains("truncated", "Restore the vault from a backup").doesNotContain("SQLITE_");
    }

    @Test
    void truncatedToAFewBytesIsReported() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(where.databaseFile().toFile(), "rw")) {
            f.setLength(50);
        }
        assertThat(unlockFails().getMessage()).contains("truncated");
    }

    @Test
    void overwrittenHeaderIsReported() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(where.databaseFile().toFile(), "rw")) {
            f.write(new byte[100]);
        }
        assertThat(unlockFails().getMessage()).contains("not a SQLite database");
    }

    @Test
    void garbageInTheMiddleOfTheDatabaseIsReported() throws Exception {
        long size = Files.size(where.databaseFile());
        byte[] junk = new byte[8192];
        new java.util.Random(7).nextBytes(junk);
        try (RandomAccessFile f = new RandomAccessFile(where.databaseFile().toFile(), "rw")) {
            f.seek(4096);
            f.write(junk); // b-tree pages after the first
        }
        assertThat(Files.size(where.databaseFile())).isEqualTo(size);
        VaultCorruptException e = unlockFails();
        assertThat(e).as("corruption surfaces as VaultCorruptException").isNotNull();
        assertThat(e.getMessage()).contains("Restore the vault from a backup");
    }

    @Test
    void damagedKeyFileIsReported() throws Exception {
        Files.writeString(where.keyFile(), "{\"format\": 1, \"vaultId\": ");
        VaultCorruptException e = catchThrowableOfType(VaultCorruptException.class,
                () -> Vaults.open(where, TestVaults.options()));
        assertThat(e.part()).isEqualTo(VaultCorruptException.Part.KEY_FILE);
        assertThat(e.getMessage()).contains("key file", "Restore");
    }

    @Test
    void missingDatabaseIsReported() throws Exception {
        Files.delete(where.databaseFile());
        assertThat(unlockFails().getMessage()).contains("missing");
    }

    @Test
    void databaseOfAnotherVaultIsRefused() throws Exception {
        Path other = appData.resolve("other");
        try (Vault v = TestVaults.create(other, CryptoSuite.INTERNATIONAL)) {
            new PlacementRepository(v).insert(Samples.placement("x", "Other", "B"));
        }
        Files.copy(new VaultLocation(other, "alice").databaseFile(), where.databaseFile(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(unlockFails().getMessage()).contains("does not belong");
    }

    @Test
    void theFilesAreLeftAsTheyWereForRecovery() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(where.databaseFile().toFile(), "rw")) {
            f.setLength(4096 * 3);
        }
        String before = VaultLifecycleTest.sha256(where.databaseFile());
        unlockFails();
        assertThat(VaultLifecycleTest.sha256(where.databaseFile())).isEqualTo(before);
    }
}
