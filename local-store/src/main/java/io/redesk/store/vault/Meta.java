package io.redesk.store.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Key-value rows of {@code vault_meta}; values are always sealed by the caller. */
final class Meta {

    private Meta() {
    }

    static Optional<byte[]> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM vault_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    static void put(Connection c, String key, byte[] sealed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setBytes(2, sealed);
            ps.executeUpdate();
        }
    }

    static void remove(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM vault_meta WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }
}
