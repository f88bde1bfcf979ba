package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.RecordIntegrityException;
import io.redesk.store.RecordIntegrityException.Kind;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Someone with the vault files but not the key edits rows with a SQLite tool. Each edit is detected
 * on read, named, limited to the edited record, and the vault still opens.
 */
class RecordTamperTest {

    @TempDir
    Path appData;

    private Vault seed(CryptoSuite suite) {
        Vault v = TestVaults.create(appData, suite);
        PlacementRepository repo = new PlacementRepository(v);
        repo.insert(Samples.placement("p-1", "Pacific Marine Cargo", "B1"));
        repo.insert(Samples.placement("p-2", "Atlantic Hull", "B2"));
        repo.insert(Samples.placement("p-3", "Indian Ocean Energy", "B3"));
        return v;
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void alteredCiphertextIsNamedTamperedAndTheRestStillReads(CryptoSuite suite) throws Exception {
        seed(suite).close();
        try (Connection c = SchemaColumnsTest.raw(appData)) {
            byte[] payload = payloadOf(c, "p-1");
            payload[payload.length - 30] ^= 0x40;
            setPayload(c, "p-1", payload, null);
        }
        try (Vault v = reopen()) {
            PlacementRepository repo = new PlacementRepository(v);
            RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> repo.find("p-1"));
            assertThat(e.kind()).isEqualTo(Kind.TAMPERED);
            assertThat(e.recordId()).isEqualTo("p-1");
            assertThat(e.getMessage()).contains("p-1", "placements", "tampered");
            assertThat(repo.find("p-2")).isPresent();
            assertThat(repo.find("p-3")).isPresent();
            assertThat(v.verifyRecords(List.<DocumentRepository<?>>of(repo))).extracting(RecordIntegrityException::recordId)
                    .containsExactly("p-1");
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void ciphertextCopiedFromAnotherRowIsNamedMoved(CryptoSuite suite) throws Exception {
        seed(suite).close();
        try (Connection c = SchemaColumnsTest.raw(appData)) {
            setPayload(c, "p-1", payloadOf(c, "p-2"), null);
        }
        try (Vault v = reopen()) {
            PlacementRepository repo = new PlacementRepository(v);
            RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> repo.find("p-1"));
            assertThat(e.kind()).isEqualTo(Kind.MOVED);
            assertThat(e.getMessage()).contains("p-2");
            assertThat(repo.find("p-2").orElseThrow().value().title()).isEqualTo("Atlantic Hull");
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void oldVersionPutBackIsNamedReplayed(CryptoSuite suite) throws Exception {
        byte[] version1;
        try (Vault v = seed(suite)) {
            try (Connection c = SchemaColumnsTest.raw(appData)) {
                version1 = payloadOf(c, "p-1");
            }
            PlacementRepository repo = new PlacementRepository(v);
            PlacementRecord p = repo.find("p-1").orElseThrow().value();
            repo.update(p.withStatus(PlacementStatus.CANCELLED), 1);
        }
        try (Connection c = SchemaColumnsTest.raw(appData)) {
            setPayload(c, "p-1", version1, null); // row stays at version 2
        }
        try (Vault v = reopen()) {
            PlacementRepository repo = new PlacementRepository(v);
            RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class, () -> repo.find("p-1"));
            assertThat(e.kind()).isEqualTo(Kind.REPLAYED);
            List<RecordIntegrityException> reported = new java.util.ArrayList<>();
            v.setIntegrityListener(reported::add);
            assertThat(repo.all()).extracting(s -> s.id()).containsExactly("p-2", "p-3");
            assertThat(reported).extracting(RecordIntegrityException::recordId).containsExactly("p-1");
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void editedPlaintextStatusIsDetected(CryptoSuite suite) throws Exception {
        seed(suite).close();
        try (Connection c = SchemaColumnsTest.raw(appData);
             PreparedStatement ps = c.prepareStatement("UPDATE placements SET status = 'BOUND' WHERE id = 'p-1'")) {
            ps.executeUpdate();
        }
        try (Vault v = reopen()) {
            RecordIntegrityException e = catchThrowableOfType(RecordIntegrityException.class,
                    () -> new PlacementRepository(v).find("p-1"));
            assertThat(e.kind()).isEqualTo(Kind.TAMPERED);
            assertThat(e.getMessage()).contains("status");
            assertThat(new PlacementRepository(v).byStatus(PlacementStatus.BOUND)).as("not listed as BOUND").isEmpty();
        }
    }

    private Vault reopen() {
        return Vaults.unlock(new VaultLocation(appData, "alice"), TestVaults.PASSPHRASE.toCharArray(), TestVaults.options());
    }

    private static byte[] payloadOf(Connection c, String id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM placements WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static void setPayload(Connection c, String id, byte[] payload, Long version) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE placements SET payload = ? WHERE id = ?")) {
            ps.setBytes(1, payload);
            ps.setString(2, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
