package io.redesk.exchange.idempotency;

import io.redesk.exchange.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * First outcomes of mutations by (user, Idempotency-Key), with a hash of the request they answered.
 * Keys are scoped per user so one user's key can never replay another user's outcome. Rows older
 * than the retention period are purged opportunistically.
 */
public final class IdempotencyStore {
    /** A stored outcome and the request hash it belongs to. */
    public record Entry(String requestHash, StoredResponse response) {
    }

    private final long retentionMillis;

    public IdempotencyStore(long retentionMillis) {
        this.retentionMillis = retentionMillis;
    }

    public Optional<Entry> find(Connection c, UUID userId, String key, long nowMillis) throws SQLException {
        return Sql.one(c, "SELECT request_hash, status, content_type, etag, location, body FROM idempotency "
                        + "WHERE user_id = ? AND idem_key = ? AND created_at > ?",
                rs -> new Entry(rs.getString(1), new StoredResponse(rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6))),
                userId, key, nowMillis - retentionMillis);
    }

    public void store(Connection c, UUID userId, String key, String requestHash, StoredResponse r, long nowMillis) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO idempotency(user_id, idem_key, request_hash, status, content_type, etag, location, body, created_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)",
                userId, key, requestHash, r.status(), r.contentType(), r.etag(), r.location(), r.body(), nowMillis);
    }

    public void purge(Connection c, long nowMillis) throws SQLException {
        Sql.update(c, "DELETE FROM idempotency WHERE created_at <= ?", nowMillis - retentionMillis);
    }
}
