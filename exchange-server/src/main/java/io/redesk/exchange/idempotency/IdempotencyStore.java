package io.redesk.exchange.idempotency;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * First outcomes of mutations by (user, Idempotency-Key), with a hash of the request they answered.
 * Keys are scoped per user so one user's key can never replay another user's outcome. Rows older
 * than the retention period are purged opportunistically.
 *
 * <p>A mutation first {@link #claim claims} its key in its own write transaction: the claim inserts the
 * key's row, or finds the live row of an earlier request. A second request with the same key, on any
 * exchange instance, cannot claim it before the first commits (the row's primary key makes it wait, and on
 * PostgreSQL the writer row already does), so no key is applied twice.
 */
public final class IdempotencyStore {
    /** A stored outcome and the request hash it belongs to. */
    public record Entry(String requestHash, StoredResponse response) {
    }

    /** The statements, as a Jdbi SqlObject on the caller's handle. */
    public interface Rows {
        @SqlUpdate("INSERT INTO idempotency(user_id, idem_key, request_hash, status, created_at) VALUES (:user, :key, :hash, 0, :now) "
                + "ON CONFLICT (user_id, idem_key) DO UPDATE SET request_hash = excluded.request_hash, status = 0, content_type = NULL, "
                + "etag = NULL, location = NULL, body = NULL, created_at = excluded.created_at WHERE idempotency.created_at <= :expired")
        int claim(@Bind("user") String user, @Bind("key") String key, @Bind("hash") String hash, @Bind("now") long now,
                  @Bind("expired") long expired);

        @SqlQuery("SELECT request_hash, status, content_type, etag, location, body FROM idempotency "
                + "WHERE user_id = :user AND idem_key = :key AND created_at > :expired")
        Optional<Entry> find(@Bind("user") String user, @Bind("key") String key, @Bind("expired") long expired);

        @SqlUpdate("UPDATE idempotency SET status = :status, content_type = :contentType, etag = :etag, location = :location, body = :body "
                + "WHERE user_id = :user AND idem_key = :key")
        int answer(@Bind("user") String user, @Bind("key") String key, @Bind("status") int status,
                   @Bind("contentType") String contentType, @Bind("etag") String etag, @Bind("location") String location,
                   @Bind("body") byte[] body);

        @SqlUpdate("DELETE FROM idempotency WHERE created_at <= :expired")
        int purge(@Bind("expired") long expired);
    }

    private final long retentionMillis;

    public IdempotencyStore(long retentionMillis) {
        this.retentionMillis = retentionMillis;
    }

    private static Rows rows(Handle h) {
        h.registerRowMapper(Entry.class, (rs, ctx) -> new Entry(rs.getString(1), new StoredResponse(rs.getInt(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBytes(6))));
        return h.attach(Rows.class);
    }

    /**
     * Claims the key for a new request inside the caller's write transaction: empty when it was free (or
     * its outcome expired), otherwise the outcome stored under it.
     */
    public Optional<Entry> claim(Handle h, UUID userId, String key, String requestHash, long nowMillis) {
        Rows rows = rows(h);
        long expired = nowMillis - retentionMillis;
        if (rows.claim(userId.toString(), key, requestHash, nowMillis, expired) == 1) {
            return Optional.empty();
        }
        return Optional.of(rows.find(userId.toString(), key, expired).orElseThrow(
                () -> new IllegalStateException("idempotency key neither claimed nor found")));
    }

    /** Stores the outcome under a key this transaction claimed. */
    public void answer(Handle h, UUID userId, String key, StoredResponse r) {
        if (rows(h).answer(userId.toString(), key, r.status(), r.contentType(), r.etag(), r.location(), r.body()) != 1) {
            throw new IllegalStateException("the idempotency key was not claimed in this transaction");
        }
    }

    public void purge(Handle h, long nowMillis) {
        rows(h).purge(nowMillis - retentionMillis);
    }
}
