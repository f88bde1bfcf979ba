package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.db.Migrations;
import io.redesk.store.doc.Stored;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.search.BlindIndex;
import io.redesk.store.search.SearchTerms;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The blind index as stored (ADR 0311): 64-bit terms, the memoised terms wiped on lock, a colliding
 * or planted index row never surfacing a record that does not match, and migration V4 shortening the
 * 128-bit terms of a vault written by an older build, without the key.
 */
class BlindIndexStorageTest {

    @TempDir
    Path appData;

    private static final String[][] PLACEMENTS = {
        {"p-1", "Pacific Marine Cargo", "B0999PAC2026"},
        {"p-2", "Atlantic Hull", "B0999ATL2026"},
        {"p-3", "Pacific Energy", "B0777PEN2027"},
    };

    private Vault seed(CryptoSuite suite) {
        Vault v = TestVaults.create(appData, suite);
        PlacementRepository repo = new PlacementRepository(v);
        List<PlacementRecord> all = new ArrayList<>();
        for (String[] p : PLACEMENTS) {
            all.add(Samples.placement(p[0], p[1], p[2]));
        }
        repo.insertAll(all);
        return v;
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void storedTermsAreTheFirstEightBytesOfTheTableBoundHmac(CryptoSuite suite) throws Exception {
        byte[] expected;
        try (Vault v = seed(suite)) {
            byte[] full = v.keyRingForTest().blindIndex().mac("placements\0".getBytes(StandardCharsets.UTF_8),
                    "pacific".getBytes(StandardCharsets.UTF_8));
            expected = Arrays.copyOf(full, 8);
            assertThat(v.blindIndexForTest().term("placements", "pacific")).isEqualTo(expected);
        }
        try (Connection c = SchemaColumnsTest.raw(appData)) {
            assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE length(term) <> 8")).isZero();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT record_id FROM search_index WHERE tbl = 'placements' AND term = ? ORDER BY record_id")) {
                ps.setBytes(1, expected);
                assertThat(strings(ps)).containsExactly("p-1", "p-3");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void lockingEmptiesTheTermCacheAndItNeverOutgrowsItsBound(CryptoSuite suite) {
        Vault v = seed(suite);
        BlindIndex index = v.blindIndexForTest();
        assertThat(index.cachedTerms()).isPositive();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < BlindIndex.CACHE_ENTRIES + 500; i++) {
            many.add("term" + i);
        }
        List<byte[]> first = index.terms("placements", many);
        assertThat(index.cachedTerms()).isEqualTo(BlindIndex.CACHE_ENTRIES); // full, never above the bound
        // Evicted or cached, a term always has the same value.
        assertThat(index.term("placements", "term0")).isEqualTo(first.get(0));
        assertThat(index.term("placements", "term" + (many.size() - 1))).isEqualTo(first.get(many.size() - 1));

        v.lock();
        assertThat(index.cachedTerms()).isZero();
        assertThatThrownBy(() -> index.term("placements", "pacific")).isInstanceOf(IllegalStateException.class);
        v.unlock(TestVaults.PASSPHRASE.toCharArray());
        assertThat(new PlacementRepository(v).search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-3");
        v.close();
    }

    /**
     * A 64-bit collision makes another record's term equal to a query term; a row planted with a SQLite
     * tool does the same on purpose. Either way the record is a candidate only: the plaintext re-check
     * of the decrypted hit drops it.
     */
    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void aCollidingOrPlantedIndexRowNeverSurfacesARecordThatDoesNotMatch(CryptoSuite suite) throws Exception {
        byte[] pacific;
        try (Vault v = seed(suite)) {
            pacific = v.blindIndexForTest().term("placements", "pacific");
        }
        try (Connection c = SchemaColumnsTest.raw(appData);
             PreparedStatement ps = c.prepareStatement("INSERT INTO search_index (tbl, term, record_id) VALUES ('placements', ?, 'p-2')")) {
            ps.setBytes(1, pacific);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Vault v = reopen()) {
            PlacementRepository repo = new PlacementRepository(v);
            assertThat(repo.search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-3");
            // A page of 2 holds p-1 and the planted p-2, which the re-check drops: one short, never wrong.
            assertThat(repo.search("pacific", 2)).extracting(Stored::id).containsExactly("p-1");
            assertThat(repo.search("atlantic")).extracting(Stored::id).containsExactly("p-2");
        }
    }

    /**
     * A vault as an older build left it: schema version 3 and 128-bit terms (computed here with the
     * vault's own key, as that build did). Unlocking migrates it; every term becomes the 8 bytes a new
     * write stores, two old terms sharing their first 8 bytes collapse into one row, and search,
     * the index's triggers and its secondary index keep working.
     */
    @Test
    void migrationV4ShortensTheTermsOfAnOldVaultWithoutTheKey() throws Exception {
        Map<String, List<String>> texts = new TreeMap<>();
        List<byte[]> oldTerms = new ArrayList<>();
        List<String> oldIds = new ArrayList<>();
        try (Vault v = seed(CryptoSuite.INTERNATIONAL)) {
            for (String[] p : PLACEMENTS) {
                texts.put(p[0], List.of(p[1], p[2]));
            }
            for (Map.Entry<String, List<String>> e : texts.entrySet()) {
                for (String term : SearchTerms.forIndex(e.getValue())) {
                    oldTerms.add(Arrays.copyOf(v.keyRingForTest().blindIndex().mac(
                            "placements\0".getBytes(StandardCharsets.UTF_8), term.getBytes(StandardCharsets.UTF_8)), 16));
                    oldIds.add(e.getKey());
                }
            }
        }
        long schemaObjects;
        try (Connection c = SchemaColumnsTest.raw(appData); Statement s = c.createStatement()) {
            schemaObjects = scalar(c, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%search_index%'");
            // Make it the old vault: 128-bit terms, schema at version 3.
            s.executeUpdate("DELETE FROM search_index");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_index (tbl, term, record_id) VALUES ('placements', ?, ?)")) {
                for (int i = 0; i < oldTerms.size(); i++) {
                    ps.setBytes(1, oldTerms.get(i));
                    ps.setString(2, oldIds.get(i));
                    ps.executeUpdate();
                }
                // Two 128-bit terms of p-1 whose first 8 bytes agree: one row after the migration.
                byte[] twin = oldTerms.get(0).clone();
                twin[15] ^= 0x01;
                ps.setBytes(1, twin);
                ps.setString(2, oldIds.get(0));
                ps.executeUpdate();
            }
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '4'");
            assertThat(Migrations.currentVersion(c)).isEqualTo("3");
            assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE length(term) = 16")).isEqualTo(oldTerms.size() + 1);
        }

        try (Vault v = reopen()) {
            try (Connection c = SchemaColumnsTest.raw(appData)) {
                assertThat(Migrations.currentVersion(c)).isEqualTo(Migrations.LATEST);
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE length(term) <> 8")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_index")).isEqualTo(oldTerms.size());
                assertThat(scalar(c, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%search_index%'"))
                        .isEqualTo(schemaObjects);
                try (PreparedStatement ps = c.prepareStatement("SELECT term FROM search_index WHERE record_id = ? ORDER BY term")) {
                    ps.setString(1, "p-2");
                    List<byte[]> migrated = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            migrated.add(rs.getBytes(1));
                        }
                    }
                    List<byte[]> fresh = new ArrayList<>(v.blindIndexForTest().terms("placements",
                            SearchTerms.forIndex(texts.get("p-2"))));
                    fresh.sort(Arrays::compareUnsigned);
                    assertThat(migrated).containsExactlyElementsOf(fresh);
                }
            }
            PlacementRepository repo = new PlacementRepository(v);
            assertThat(repo.search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-3");
            assertThat(repo.search("B0999ATL2026")).extracting(Stored::id).containsExactly("p-2");
            assertThat(repo.search("b0999")).extracting(Stored::id).containsExactly("p-1", "p-2");
            // The delete trigger still removes a record's terms; new writes use the same 8-byte form.
            repo.delete("p-3");
            repo.insert(Samples.placement("p-4", "Pacific Aviation", "B0555AV"));
            assertThat(repo.search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-4");
            try (Connection c = SchemaColumnsTest.raw(appData)) {
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE record_id = 'p-3'")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE length(term) <> 8")).isZero();
            }
        }
    }

    private Vault reopen() {
        return Vaults.unlock(new VaultLocation(appData, "alice"), TestVaults.PASSPHRASE.toCharArray(), TestVaults.options());
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(PreparedStatement ps) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
