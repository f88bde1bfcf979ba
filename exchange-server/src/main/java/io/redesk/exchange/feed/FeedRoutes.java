package io.redesk.exchange.feed;

import com.fasterxml.jackson.core.JsonGenerator;
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
    private final ChangeFeed feed;

    public FeedRoutes(Api api, ChangeFeed feed) {
        this.api = api;
        this.feed = feed;
    }

    public void register() {
        api.get("/changes", (ctx, caller, h) -> {
            Long since = Paging.decode(ctx.queryParam("since"), "since");
            int limit = Paging.limit(ctx, 200, 1000);
            long after = since == null ? 0 : since;
            List<ChangeFeed.Row> rows = feed.after(h, caller.organisationId(), after, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<ChangeFeed.Row> page = hasMore ? rows.subList(0, limit) : rows;
            long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            return ApiResponse.ok(new RawJson(write(page, Paging.encode(last), hasMore)));
        });
    }

    private byte[] write(List<ChangeFeed.Row> rows, String next, boolean hasMore) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + rows.size() * 1024);
        try (JsonGenerator g = api.json().mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (ChangeFeed.Row r : rows) {
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
                    case "RESERVE_MOVEMENT" -> "reserveMovement";
                    case "CASH_CALL" -> "cashCall";
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
