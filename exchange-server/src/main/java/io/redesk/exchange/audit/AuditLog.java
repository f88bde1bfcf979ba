package io.redesk.exchange.audit;

import io.redesk.exchange.db.Sql;
import io.redesk.exchange.http.Hashing;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * The append-only, hash-chained audit log. Each event stores a digest of its content and a hash over
 * the previous hash, its sequence number, time and that digest (the recipe is in openapi.yaml's
 * {@code AuditEvent}), so a client holding the whole chain can verify it even where the content is
 * redacted for it. Events are appended in the same transaction as the state change they record.
 */
public final class AuditLog {
    /** The {@code prevHash} of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** Who did it. A null user is the system (seed, expiry). */
    public record Actor(UUID userId, UUID organisationId) {
    }

    /**
     * Appends an event.
     *
     * @param audience organisations that may read the content; ignored when {@code isPublic}
     */
    public void append(Connection c, String occurredAt, Actor actor, String action, String entityType, Object entityId,
                       String detail, Collection<UUID> audience, boolean isPublic) throws SQLException {
        String[] last = Sql.one(c, "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
                rs -> new String[] {Long.toString(rs.getLong(1)), rs.getString(2)}).orElse(new String[] {"0", GENESIS});
        long seq = Long.parseLong(last[0]) + 1;
        String user = actor.userId() == null ? null : actor.userId().toString();
        String org = actor.organisationId() == null ? null : actor.organisationId().toString();
        String entity = entityId == null ? null : entityId.toString();
        String digest = contentDigest(user, org, action, entityType, entity, detail);
        String hash = chainHash(last[1], seq, occurredAt, digest);
        Sql.update(c, "INSERT INTO audit_events(seq, occurred_at, actor_user_id, actor_org_id, action, entity_type, entity_id, detail, "
                        + "content_digest, prev_hash, hash, public) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                seq, occurredAt, user, org, action, entityType, entity, detail, digest, last[1], hash, isPublic);
        if (!isPublic) {
            for (UUID o : new java.util.LinkedHashSet<>(audience)) {
                Sql.update(c, "INSERT INTO audit_audience(organisation_id, seq) VALUES (?, ?)", o, seq);
            }
        }
    }

    public static String contentDigest(String actorUserId, String actorOrgId, String action, String entityType,
                                       String entityId, String detail) {
        return Hashing.sha256Hex(String.join("\n", nz(actorUserId), nz(actorOrgId), nz(action), nz(entityType),
                nz(entityId), nz(detail)));
    }

    public static String chainHash(String prevHash, long seq, String occurredAt, String contentDigest) {
        return Hashing.sha256Hex(prevHash + "\n" + seq + "\n" + occurredAt + "\n" + contentDigest);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
