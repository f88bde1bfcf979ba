package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.quote.QuoteRepository;
import io.redesk.store.reference.OrganisationRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The raw vault file, its WAL and a backup contain none of the slip text, names or amounts written. */
class NoPlaintextLeakTest {

    private static final List<String> SECRETS = List.of(Samples.SLIP_TEXT, "Yangtze", Samples.INSURED, "Zhoushan",
            "Hengrui", Samples.AMOUNT, "8765432", "Pacific Marine Cargo", "B0999ABC123", "Sinosure Re 中再");

    @TempDir
    Path appData;

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void noKnownTextInDatabaseWalOrBackup(CryptoSuite suite) throws Exception {
        VaultLocation where = new VaultLocation(appData, "alice");
        Path backup = appData.resolve("backup.rdbk");
        try (Vault v = TestVaults.create(appData, suite)) {
            new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific Marine Cargo", "B0999ABC123"));
            new SlipVersionRepository(v).insert(Samples.slip("s-1", "p-1", 1));
            new QuoteRepository(v).insert(Samples.quote("q-1", "p-1"));
            new OrganisationRepository(v).insert(new Organisation("org-1", "Sinosure Re 中再", OrgType.REINSURER, "CN"));
            v.saveResumeState("{\"placement\":\"Pacific Marine Cargo\"}");
            assertThat(Files.size(where.walFile())).as("WAL holds the writes while the vault is open").isPositive();
            assertNoSecrets(where.walFile());
            assertNoSecrets(where.databaseFile());
            v.backupTo(backup);
        }
        assertNoSecrets(backup);
        assertNoSecrets(where.databaseFile()); // after the checkpoint on close
        assertNoSecrets(where.keyFile());
    }

    private static void assertNoSecrets(Path file) throws Exception {
        byte[] raw = Files.readAllBytes(file);
        List<String> found = new ArrayList<>();
        for (String s : SECRETS) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (indexOf(raw, s.getBytes(cs)) >= 0) {
                    found.add(s + " (" + cs + ")");
                }
            }
        }
        assertThat(found).as("plaintext found in " + file.getFileName()).isEmpty();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
