package io.redesk.exchange.audit;

import io.redesk.exchange.http.Hashing;
import io.redesk.sdk.model.audit.AuditEvent;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The append-only, hash-chained audit log. Each event stores a digest of its content and a hash over
 * the previous hash, its sequence number, time and that digest (the recipe is in openapi.yaml's
 * {@code AuditEvent}), so a client holding the whole chain can verify it even where the content is
 * redacted for it. Events are appended in the same transaction as the state change they record, which
 * is the only writer while it runs ({@link io.redesk.exchange.db.Database#write}): the previous event
 * read here is the last committed one, on every exchange instance (ADR 0403).
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
    public void append(Handle h, String occurredAt, Actor actor, String action, String entityType, Object entityId,
                       String detail, Collection<UUID> audience, boolean isPublic) {
        Link last = h.select("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).findOne().orElse(new Link(0, GENESIS));
        long seq = last.seq() + 1;
        String user = actor.userId() == null ? null : actor.userId().toString();
        String org = actor.organisationId() == null ? null : actor.organisationId().toString();
        String entity = entityId == null ? null : entityId.toString();
        String digest = contentDigest(user, org, action, entityType, entity, detail);
        String hash = chainHash(last.hash(), seq, occurredAt, digest);
        h.execute("INSERT INTO audit_events(seq, occurred_at, actor_user_id, actor_org_id, action, entity_type, entity_id, detail, "
                        + "content_digest, prev_hash, hash, public) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                seq, occurredAt, user, org, action, entityType, entity, detail, digest, last.hash(), hash, isPublic);
        if (!isPublic) {
            for (UUID o : new java.util.LinkedHashSet<>(audience)) {
                h.execute("INSERT INTO audit_audience(organisation_id, seq) VALUES (?, ?)", o, seq);
            }
        }
    }

    private record Link(long seq, String hash) {
    }

    /**
     * Up to {@code limit} events after {@code after}, oldest first; the content of an event outside the
     * organisation's audience is left out (only its position, time, digest and hashes are sent).
     */
    public List<AuditEvent> after(Handle h, UUID organisationId, long after, int limit) {
        return h.select("SELECT e.seq, e.occurred_at, e.actor_user_id, e.actor_org_id, e.action, e.entity_type, e.entity_id, "
                        + "e.detail, e.content_digest, e.prev_hash, e.hash, CASE WHEN e.public = 1 OR a.seq IS NOT NULL THEN 1 ELSE 0 END "
                        + "FROM audit_events e LEFT JOIN audit_audience a ON a.seq = e.seq AND a.organisation_id = ? "
                        + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?", organisationId, after, limit)
                .map((rs, ctx) -> {
                    boolean visible = rs.getInt(12) != 0;
                    return new AuditEvent(rs.getLong(1), rs.getString(2), !visible,
                            visible ? rs.getString(3) : null, visible ? rs.getString(4) : null, visible ? rs.getString(5) : null,
                            visible ? rs.getString(6) : null, visible ? rs.getString(7) : null, visible ? rs.getString(8) : null,
                            rs.getString(9), rs.getString(10), rs.getString(11));
                }).list();
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
