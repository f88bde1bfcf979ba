package io.redesk.exchange.audit;

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
    private final AuditLog audit;

    public AuditRoutes(Api api, AuditLog audit) {
        this.api = api;
        this.audit = audit;
    }

    public void register() {
        api.get("/audit-events", (ctx, caller, h) -> {
            Long since = Paging.decode(ctx.queryParam("since"), "since");
            int limit = Paging.limit(ctx, 200, 1000);
            long after = since == null ? 0 : since;
            List<AuditEvent> rows = audit.after(h, caller.organisationId(), after, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<AuditEvent> page = hasMore ? rows.subList(0, limit) : rows;
            long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            return ApiResponse.ok(new AuditPage(page, Paging.encode(last), hasMore));
        });
    }
}
