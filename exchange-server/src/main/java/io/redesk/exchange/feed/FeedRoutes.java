package io.redesk.exchange.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import io.redesk.exchange.db.Sql;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.http.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /changes}: the caller organisation's changes after a cursor, in commit order. Stored
 * documents are spliced into the page as they are, so a page costs one indexed range scan and no
 * re-serialisation.
 */
public final class FeedRoutes {
    private final Api api;

    public FeedRoutes(Api api) {
        this.api = api;
    }

    private record Row(long seq, String type, String entityId, String placementId, String action, String occurredAt, String doc) {
    }

    public void register() {
        api.get("/changes", (ctx, caller, c) -> {
            Long since = Paging.decode(ctx.queryParam("since"), "since");
            int limit = Paging.limit(ctx, 200, 1000);
            long after = since == null ? 0 : since;
            List<Row> rows = Sql.list(c, "SELECT c.seq, c.entity_type, c.entity_id, c.placement_id, c.action, c.occurred_at, "
                            + "CASE WHEN a.restricted = 1 THEN c.restricted_doc ELSE c.doc END "
                            + "FROM change_audience a JOIN changes c ON c.seq = a.seq WHERE a.organisation_id = ? AND a.seq > ? ORDER BY a.seq LIMIT ?",
                    rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)), caller.organisationId().toString(), after, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<Row> page = hasMore ? rows.subList(0, limit) : rows;
            long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            return ApiResponse.ok(new RawJson(write(page, Paging.encode(last), hasMore)));
        });
    }

    private byte[] write(List<Row> rows, String next, boolean hasMore) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + rows.size() * 1024);
        try (JsonGenerator g = api.json().mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (Row r : rows) {
                g.writeStartObject();
                g.writeStringField("cursor", Paging.encode(r.seq()));
                g.writeStringField("entityType", r.type());
                g.writeStringField("entityId", r.entityId());
                if (r.placementId() != null) {
                    g.writeStringField("placementId", r.placementId());
                }
                g.writeStringField("action", r.action());
                g.writeStringField("occurredAt", r.occurredAt());
                g.writeFieldName(switch (r.type()) {
                    case "PLACEMENT" -> "placement";
                    case "QUOTE" -> "quote";
                    case "LINE" -> "line";
                    case "TECHNICAL_ACCOUNT" -> "technicalAccount";
                    case "CLAIM" -> "claim";
                    case "SETTLEMENT" -> "settlement";
                    case "INVOICE" -> "invoice";
                    default -> throw new IllegalStateException("unknown entity type in the feed: " + r.type());
                });
                g.writeRawValue(r.doc());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("nextCursor", next);
            g.writeBooleanField("hasMore", hasMore);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
