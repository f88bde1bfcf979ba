package io.redesk.exchange.audit;

import io.redesk.exchange.db.Sql;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Paging;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.audit.AuditPage;
import java.util.List;

/**
 * {@code GET /audit-events}: the whole chain, oldest first, with the content of events outside the
 * caller's audience redacted; digests and hashes are always sent so the chain verifies end to end.
 */
public final class AuditRoutes {
    private final Api api;

    public AuditRoutes(Api api) {
        this.api = api;
    }

    public void register() {
        api.get("/audit-events", (ctx, caller, c) -> {
            Long since = Paging.decode(ctx.queryParam("since"), "since");
            int limit = Paging.limit(ctx, 200, 1000);
            long after = since == null ? 0 : since;
            List<AuditEvent> rows = Sql.list(c, "SELECT e.seq, e.occurred_at, e.actor_user_id, e.actor_org_id, e.action, e.entity_type, e.entity_id, "
                            + "e.detail, e.content_digest, e.prev_hash, e.hash, (e.public = 1 OR a.seq IS NOT NULL) FROM audit_events e "
                            + "LEFT JOIN audit_audience a ON a.seq = e.seq AND a.organisation_id = ? WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
                    rs -> {
                        boolean visible = rs.getInt(12) != 0;
                        return new AuditEvent(rs.getLong(1), rs.getString(2), !visible,
                                visible ? rs.getString(3) : null, visible ? rs.getString(4) : null, visible ? rs.getString(5) : null,
                                visible ? rs.getString(6) : null, visible ? rs.getString(7) : null, visible ? rs.getString(8) : null,
                                rs.getString(9), rs.getString(10), rs.getString(11));
                    }, caller.organisationId().toString(), after, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<AuditEvent> page = hasMore ? rows.subList(0, limit) : rows;
            long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            return ApiResponse.ok(new AuditPage(page, Paging.encode(last), hasMore));
        });
    }
}
