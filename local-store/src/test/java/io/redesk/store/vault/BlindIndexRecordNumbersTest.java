package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.db.Migrations;
import io.redesk.store.doc.Stored;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blind index keyed by local record numbers (ADR 0204, migration V10): a batch's index rows refer
 * to numbers handed out in order, and a vault written before V10 (index rows keyed by record UUID) is
 * migrated on its next unlock, on a real SQLite file, and finds exactly what it found before.
 */
class BlindIndexRecordNumbersTest {

    private static final List<String> QUERIES = List.of("pacific", "marine cargo", "b0999", "B0999PAC0000016",
            "2027", "energy", "hull 2027", "atl", "aviation", "zzz-nothing");

    @TempDir
    Path appData;

    @Test
    void aBatchIsNumberedInOrderAndItsIndexRowsReferToThoseNumbers() throws Exception {
        try (Vault v = TestVaults.create(appData, CryptoSuite.INTERNATIONAL)) {
            PlacementRepository repo = new PlacementRepository(v);
            repo.insertAll(book(0, 50));
            repo.insertAll(book(50, 50));
        }
        try (Connection c = SchemaColumnsTest.raw(appData); Statement s = c.createStatement()) {
            // Numbers follow the order of writing, not the ids (the ids here are written in reverse order).
            List<String> inOrder = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT record_id FROM search_records WHERE tbl = 'placements' ORDER BY seq")) {
                while (rs.next()) {
                    inOrder.add(rs.getString(1));
                }
            }
            List<String> written = book(0, 100).stream().map(PlacementRecord::id).toList();
            assertThat(inOrder).containsExactlyElementsOf(written);
            assertThat(scalar(s, "SELECT count(*) FROM search_index WHERE record_seq NOT IN (SELECT seq FROM search_records)"))
                    .isZero();
            assertThat(scalar(s, "SELECT count(*) FROM search_index WHERE typeof(record_seq) <> 'integer'")).isZero();
        }
    }

    @Test
    void aVaultIndexedByRecordIdMigratesAndFindsWhatItFound() throws Exception {
        Map<String, List<String>> before = new LinkedHashMap<>();
        try (Vault v = TestVaults.create(appData, CryptoSuite.INTERNATIONAL)) {
            PlacementRepository repo = new PlacementRepository(v);
            repo.insertAll(book(0, 150));
            repo.insertAll(book(150, 150));
            for (String q : QUERIES) {
                before.put(q, ids(repo.search(q)));
            }
        }
        assertThat(before.get("pacific")).hasSizeGreaterThan(50);
        assertThat(before.get("B0999PAC0000016")).hasSize(1);
        long indexRows;
        try (Connection c = SchemaColumnsTest.raw(appData); Statement s = c.createStatement()) {
            indexRows = scalar(s, "SELECT count(*) FROM search_index");
            List<Object[]> rows = BlindIndexStorageTest.toSchemaBefore10(s);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_index (tbl, term, record_id) VALUES (?, ?, ?)")) {
                for (Object[] r : rows) {
                    ps.setString(1, (String) r[0]);
                    ps.setLong(2, (Long) r[1]);
                    ps.setString(3, (String) r[2]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            // the schema just before V10 (V6..V9 of other work stay applied)
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) >= 10");
            assertThat(Integer.parseInt(Migrations.currentVersion(c))).isBetween(5, 9);
        }

        try (Vault v = Vaults.unlock(new VaultLocation(appData, "alice"), TestVaults.PASSPHRASE.toCharArray(),
                TestVaults.options())) {
            try (Connection c = SchemaColumnsTest.raw(appData); Statement s = c.createStatement()) {
                assertThat(Migrations.currentVersion(c)).isEqualTo(Migrations.LATEST);
                assertThat(scalar(s, "SELECT count(*) FROM search_index")).isEqualTo(indexRows);
                assertThat(scalar(s, "SELECT count(*) FROM search_records")).isEqualTo(300);
                // No trigger is left naming the old column (it would fail on the first delete).
                assertThat(scalar(s, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'"
                        + " AND sql LIKE '%record_id%'")).isZero();
                assertThat(string(s, "PRAGMA integrity_check")).isEqualTo("ok");
            }
            PlacementRepository repo = new PlacementRepository(v);
            for (String q : QUERIES) {
                assertThat(ids(repo.search(q))).as(q).containsExactlyElementsOf(before.get(q));
            }
            // Delete, update and insert after the migration: triggers and numbering still right.
            String gone = before.get("marine cargo").get(0);
            repo.delete(gone);
            Stored<PlacementRecord> edited = repo.find(before.get("energy").get(0)).orElseThrow();
            PlacementRecord p = edited.value();
            repo.update(new PlacementRecord(p.id(), p.umr(), "Quokka Aviation", p.status(), p.cedentId(), p.brokerId(),
                    p.inception(), p.expiry(), p.currentSlipVersion()), edited.version());
            repo.insert(Samples.placement("p-new", "Pacific Quokka Rail", "B0111NEW2027"));
            List<String> pacific = new ArrayList<>(before.get("pacific"));
            pacific.remove(gone);
            pacific.remove(p.id()); // "Pacific Energy" became "Quokka Aviation"
            assertThat(ids(repo.search("pacific"))).containsExactlyInAnyOrderElementsOf(plus(pacific, "p-new"));
            assertThat(ids(repo.search("quokka"))).containsExactlyInAnyOrder(p.id(), "p-new");
            assertThat(ids(repo.search("energy"))).doesNotContain(p.id());
            try (Connection c = SchemaColumnsTest.raw(appData); Statement s = c.createStatement()) {
                assertThat(scalar(s, "SELECT count(*) FROM search_records WHERE record_id = '" + gone + "'")).isZero();
                assertThat(scalar(s, "SELECT count(*) FROM search_index WHERE record_seq NOT IN (SELECT seq FROM search_records)"))
                        .isZero();
                // The edited and the new record were numbered after every migrated one.
                assertThat(scalar(s, "SELECT seq FROM search_records WHERE record_id = 'p-new'")).isEqualTo(302);
                assertThat(scalar(s, "SELECT seq FROM search_records WHERE record_id = '" + p.id() + "'")).isEqualTo(301);
            }
        }
    }

    /** Placements {@code from .. from+n-1}; ids count down so that id order is not writing order. */
    private static List<PlacementRecord> book(int from, int n) {
        String[] titles = {"Pacific Marine Cargo", "Atlantic Hull 2027", "Pacific Energy", "Pacific Aviation"};
        List<PlacementRecord> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            String umr = String.format(Locale.ROOT, "B0999%s%07d", i % 2 == 0 ? "PAC" : "ATL", i);
            out.add(Samples.placement(String.format(Locale.ROOT, "p-%04d", 9999 - i), titles[i % titles.length], umr));
        }
        return out;
    }

    private static List<String> ids(List<Stored<PlacementRecord>> found) {
        return found.stream().map(Stored::id).toList();
    }

    private static List<String> plus(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }

    private static long scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
