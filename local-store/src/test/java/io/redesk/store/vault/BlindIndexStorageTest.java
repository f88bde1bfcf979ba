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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The blind index as stored (ADR 0311, ADR 0312): 64-bit terms kept once in the term dictionary and
 * referred to by number, the memoised numbers wiped on lock and never outliving a rolled-back write,
 * a colliding or planted index row never surfacing a record that does not match, and migrations V4
 * and V5 bringing the index of a vault written by an older build to this form, without the key.
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
    void theDictionaryHoldsTheFirstEightBytesOfTheTableBoundHmacAndTheIndexItsNumber(CryptoSuite suite) throws Exception {
        byte[] expected;
        try (Vault v = seed(suite)) {
            byte[] full = v.keyRingForTest().blindIndex().mac("placements\0".getBytes(StandardCharsets.UTF_8),
                    "pacific".getBytes(StandardCharsets.UTF_8));
            expected = Arrays.copyOf(full, 8);
            assertThat(v.blindIndexForTest().term("placements", "pacific")).isEqualTo(expected);
        }
        try (Connection c = SchemaColumnsTest.raw(appData)) {
            assertThat(scalar(c, "SELECT count(*) FROM search_terms WHERE length(term) <> 8")).isZero();
            assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE typeof(term) <> 'integer'")).isZero();
            assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE term NOT IN (SELECT id FROM search_terms)")).isZero();
            // Numbered in order of first use: the first record's first term is number 1.
            assertThat(scalar(c, "SELECT min(id) FROM search_terms")).isEqualTo(1);
            try (PreparedStatement ps = c.prepareStatement("SELECT r.record_id FROM search_terms t JOIN search_index i"
                    + " ON i.term = t.id JOIN search_records r ON r.seq = i.record_seq"
                    + " WHERE t.tbl = 'placements' AND t.term = ? ORDER BY r.record_id")) {
                ps.setBytes(1, expected);
                assertThat(strings(ps)).containsExactly("p-1", "p-3");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void lockingEmptiesTheTermCacheWhichNeverOutgrowsItsBoundAndAgreesWithTheDictionary(CryptoSuite suite) {
        Vault v = seed(suite);
        BlindIndex index = v.blindIndexForTest();
        assertThat(index.cachedTerms()).isPositive();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < BlindIndex.CACHE_ENTRIES + 500; i++) {
            many.add("term" + i);
        }
        long[] first = v.transaction(() -> ids(index, many));
        assertThat(index.cachedTerms()).isEqualTo(BlindIndex.CACHE_ENTRIES); // full, never above the bound
        // Evicted (read back from the dictionary) or cached, a term always has the same number.
        long[] again = v.transaction(() -> ids(index, List.of("term0", "term" + (many.size() - 1))));
        assertThat(again).containsExactly(first[0], first[many.size() - 1]);
        assertThat(Arrays.stream(first).distinct().count()).isEqualTo(many.size());

        v.lock();
        assertThat(index.cachedTerms()).isZero();
        assertThatThrownBy(() -> index.term("placements", "pacific")).isInstanceOf(IllegalStateException.class);
        v.unlock(TestVaults.PASSPHRASE.toCharArray());
        assertThat(new PlacementRepository(v).search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-3");
        v.close();
    }

    /**
     * A write transaction that fails after adding terms to the dictionary takes them with it; the
     * session must forget their numbers too, or a later term would be given the same number and the
     * index would file records under the wrong term.
     */
    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void aRolledBackWriteLeavesNoTermNumberBehind(CryptoSuite suite) {
        try (Vault v = seed(suite)) {
            PlacementRepository repo = new PlacementRepository(v);
            assertThatThrownBy(() -> v.transaction(() -> {
                repo.insert(Samples.placement("p-x", "Zanzibar Spice", "B0111ZAN"));
                throw new IllegalStateException("the user's change failed half way");
            })).hasMessageContaining("half way");
            assertThat(repo.search("zanzibar")).isEmpty();
            // Numbers freed by the rollback are handed out again, to other terms.
            repo.insert(Samples.placement("p-y", "Quokka Aviation", "B0222QUO"));
            repo.insert(Samples.placement("p-z", "Zanzibar Rail", "B0333ZAR"));
            assertThat(repo.search("quokka")).extracting(Stored::id).containsExactly("p-y");
            assertThat(repo.search("zanzibar")).extracting(Stored::id).containsExactly("p-z");
            assertThat(repo.search("zanzibar spice")).isEmpty();
            v.lock();
            v.unlock(TestVaults.PASSPHRASE.toCharArray());
            assertThat(repo.search("quokka")).extracting(Stored::id).containsExactly("p-y");
            assertThat(repo.search("zanzibar")).extracting(Stored::id).containsExactly("p-z");
        }
    }

    private static long[] ids(BlindIndex index, List<String> terms) {
        try {
            return index.idsForWrite("placements", terms);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
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
             PreparedStatement ps = c.prepareStatement("INSERT INTO search_index (term, record_seq)"
                     + " SELECT t.id, r.seq FROM search_terms t, search_records r"
                     + " WHERE t.tbl = 'placements' AND t.term = ? AND r.tbl = 'placements' AND r.record_id = 'p-2'")) {
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
     * A vault as an older build left it: schema version 3 and 128-bit terms in the index (computed
     * here with the vault's own key, as that build did), or schema version 4 and 64-bit terms, both
     * before the term dictionary. Unlocking migrates it (V4 then V5, or V5): every term ends up once
     * in the dictionary as the 8 bytes a new write stores, two old 128-bit terms sharing their first 8
     * bytes collapse into one, the index holds numbers, and search, the index's triggers and its
     * secondary index keep working.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 4})
    void anOldVaultMigratesToTheTermDictionaryWithoutTheKey(int oldSchema) throws Exception {
        int oldBytes = oldSchema == 3 ? 16 : 8;
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
                            "placements\0".getBytes(StandardCharsets.UTF_8), term.getBytes(StandardCharsets.UTF_8)), oldBytes));
                    oldIds.add(e.getKey());
                }
            }
        }
        long distinctTerms = oldTerms.stream().map(t -> Arrays.toString(Arrays.copyOf(t, 8))).distinct().count();
        long schemaObjects;
        try (Connection c = SchemaColumnsTest.raw(appData); Statement s = c.createStatement()) {
            schemaObjects = scalar(c, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%search_index%'");
            // Make it the old vault: terms stored in the index itself, no dictionary, older schema.
            toSchemaBefore10(s);
            s.executeUpdate("DROP TABLE search_terms");
            s.executeUpdate("DROP TABLE IF EXISTS claims"); // V6 creates it again (ADR 0622)
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_index (tbl, term, record_id) VALUES ('placements', ?, ?)")) {
                for (int i = 0; i < oldTerms.size(); i++) {
                    ps.setBytes(1, oldTerms.get(i));
                    ps.setString(2, oldIds.get(i));
                    ps.executeUpdate();
                }
                if (oldSchema == 3) {
                    // Two 128-bit terms of p-1 whose first 8 bytes agree: one row after the migration.
                    byte[] twin = oldTerms.get(0).clone();
                    twin[15] ^= 0x01;
                    ps.setBytes(1, twin);
                    ps.setString(2, oldIds.get(0));
                    ps.executeUpdate();
                }
            }
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) > " + oldSchema);
            assertThat(Migrations.currentVersion(c)).isEqualTo(String.valueOf(oldSchema));
            assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE length(term) = " + oldBytes))
                    .isEqualTo(oldTerms.size() + (oldSchema == 3 ? 1 : 0));
        }

        try (Vault v = reopen()) {
            try (Connection c = SchemaColumnsTest.raw(appData)) {
                assertThat(Migrations.currentVersion(c)).isEqualTo(Migrations.LATEST);
                assertThat(scalar(c, "SELECT count(*) FROM search_terms WHERE length(term) <> 8")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_terms")).isEqualTo(distinctTerms);
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE typeof(term) <> 'integer'")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_index")).isEqualTo(oldTerms.size());
                assertThat(scalar(c, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%search_index%'"))
                        .isEqualTo(schemaObjects);
                try (PreparedStatement ps = c.prepareStatement("SELECT t.term FROM search_index i JOIN search_terms t"
                        + " ON t.id = i.term JOIN search_records r ON r.seq = i.record_seq"
                        + " WHERE r.record_id = ? ORDER BY t.term")) {
                    ps.setString(1, "p-2");
                    List<byte[]> migrated = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            migrated.add(rs.getBytes(1));
                        }
                    }
                    List<byte[]> fresh = new ArrayList<>();
                    for (String term : SearchTerms.forIndex(texts.get("p-2"))) {
                        fresh.add(v.blindIndexForTest().term("placements", term));
                    }
                    fresh.sort(Arrays::compareUnsigned);
                    assertThat(migrated).containsExactlyElementsOf(fresh);
                }
            }
            PlacementRepository repo = new PlacementRepository(v);
            assertThat(repo.search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-3");
            assertThat(repo.search("B0999ATL2026")).extracting(Stored::id).containsExactly("p-2");
            assertThat(repo.search("b0999")).extracting(Stored::id).containsExactly("p-1", "p-2");
            // The delete trigger still removes a record's terms; new writes number new terms after the
            // migrated ones and reuse the numbers of known ones.
            repo.delete("p-3");
            repo.insert(Samples.placement("p-4", "Pacific Aviation", "B0555AV"));
            assertThat(repo.search("pacific")).extracting(Stored::id).containsExactly("p-1", "p-4");
            assertThat(repo.search("aviation")).extracting(Stored::id).containsExactly("p-4");
            try (Connection c = SchemaColumnsTest.raw(appData)) {
                assertThat(scalar(c, "SELECT count(*) FROM search_records WHERE record_id = 'p-3'")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE record_seq NOT IN (SELECT seq FROM search_records)")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE typeof(term) <> 'integer'")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_index WHERE term NOT IN (SELECT id FROM search_terms)")).isZero();
                assertThat(scalar(c, "SELECT count(*) FROM search_terms WHERE length(term) <> 8")).isZero();
            }
        }
    }

    /**
     * Puts the index of a vault back into its shape before V10 (ADR 0204): record ids in the index,
     * no record numbers, delete triggers naming {@code search_index.record_id}. Returns the index rows
     * it held, as (table, term number, record id), in that shape.
     */
    static List<Object[]> toSchemaBefore10(Statement s) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT r.tbl, i.term, r.record_id FROM search_index i"
                + " JOIN search_records r ON r.seq = i.record_seq")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)});
            }
        }
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
                + " AND name LIKE '%\\_unindex' ESCAPE '\\' AND tbl_name <> 'search_records'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("placements", "technical_accounts", "drafts");
        for (String t : tables) {
            s.executeUpdate("DROP TRIGGER " + t + "_unindex");
        }
        s.executeUpdate("DROP TRIGGER search_records_unindex");
        s.executeUpdate("DROP TABLE search_index");
        s.executeUpdate("DROP TABLE search_records");
        s.executeUpdate("CREATE TABLE search_index (tbl TEXT NOT NULL, term BLOB NOT NULL, record_id TEXT NOT NULL,"
                + " PRIMARY KEY (tbl, term, record_id)) WITHOUT ROWID");
        s.executeUpdate("CREATE INDEX search_index_by_record ON search_index (tbl, record_id)");
        for (String t : tables) {
            s.executeUpdate("CREATE TRIGGER " + t + "_unindex AFTER DELETE ON " + t + " BEGIN"
                    + " DELETE FROM search_index WHERE tbl = '" + t + "' AND record_id = OLD.id; END");
        }
        return rows;
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
