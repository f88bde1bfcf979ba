package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.sync.SyncCursors;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema holds exactly the columns the module README lists, and encrypted columns hold envelopes. */
class SchemaColumnsTest {

    private static final Pattern ROW = Pattern.compile("^\\| (\\w+) \\| (\\w+) \\| (plaintext|encrypted|blind index) \\| (.+) \\|$");

    @TempDir
    Path appData;

    @Test
    void everyColumnInTheVaultIsListedInTheReadmeAndNothingElse() throws Exception {
        Map<String, String> documented = readmeColumns();
        try (var v = TestVaults.create(appData, CryptoSuite.INTERNATIONAL)) {
            new Outbox(v).enqueue("placement", "p-1", "placement.create", io.redesk.store.doc.Json.mapper().createObjectNode());
        }
        Map<String, String> actual = new TreeMap<>();
        try (Connection c = raw(appData)) {
            for (String table : tables(c)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        actual.put(table + "." + rs.getString("name"), rs.getString("type"));
                    }
                }
            }
        }
        assertThat(new TreeSet<>(actual.keySet())).as("columns in the vault vs local-store/README.md")
                .isEqualTo(new TreeSet<>(documented.keySet()));
        documented.forEach((col, kind) -> {
            if (!kind.equals("plaintext")) {
                assertThat(actual.get(col)).as(col + " stores binary").isEqualTo("BLOB");
            }
        });
    }

    @Test
    void encryptedColumnsHoldEnvelopesNotJson() throws Exception {
        Map<String, String> documented = readmeColumns();
        try (var v = TestVaults.create(appData, CryptoSuite.GM)) {
            new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific", "B1"));
            new Outbox(v).enqueue("placement", "p-1", "placement.create", io.redesk.store.doc.Json.mapper().createObjectNode());
            new SyncCursors(v).advance("changes", "cursor-123");
            v.saveResumeState("{\"screen\":\"home\"}");
        }
        int checked = 0;
        try (Connection c = raw(appData)) {
            for (Map.Entry<String, String> e : documented.entrySet()) {
                if (!e.getValue().equals("encrypted")) {
                    continue;
                }
                String[] tc = e.getKey().split("\\.");
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT " + tc[1] + " FROM " + tc[0] + " WHERE " + tc[1] + " IS NOT NULL")) {
                    while (rs.next()) {
                        byte[] b = rs.getBytes(1);
                        assertThat(b[0]).as(e.getKey() + " envelope format byte").isEqualTo((byte) 1);
                        assertThat(b[1]).as(e.getKey() + " suite byte").isEqualTo(CryptoSuite.GM.code());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    static Map<String, String> readmeColumns() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = ROW.matcher(line.trim());
            if (m.matches()) {
                out.put(m.group(1) + "." + m.group(2), m.group(3));
            }
        }
        assertThat(out).as("README plaintext-column table found").hasSizeGreaterThan(50);
        return out;
    }

    static Connection raw(Path appData) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + appData.resolve("vaults/alice/vault.db"));
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
