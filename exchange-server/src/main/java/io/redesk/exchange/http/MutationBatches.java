package io.redesk.exchange.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.idempotency.StoredResponse;
import io.redesk.sdk.model.batch.MutationBatchItem;
import io.redesk.sdk.model.batch.MutationBatchRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Handle;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /mutation-batches}: up to 100 mutations in one request, each applied exactly as its single
 * endpoint would apply it (the same route code, found by method and path), under its own idempotency
 * key with its own stored outcome, audit event and feed rows (ADR 0612).
 *
 * <p>The whole batch runs in one write transaction, so one commit covers every item; each item runs
 * inside a savepoint ({@link Api#applyKeyed}). A failure the server produced (4xx) rolls back to the item's savepoint and is
 * stored as the key's outcome, as a single call's would be; the batch goes on with the other
 * aggregates' items, while the later items of the failed item's aggregate are not attempted (424
 * {@code PRECEDING_ITEM_FAILED}, nothing stored under their keys). Anything else (a 5xx, a database
 * error) rolls the whole batch back and answers 500: no item is applied without its idempotency row,
 * and a resent batch starts afresh. A crash before the commit leaves nothing of the batch.
 */
public final class MutationBatches {

    static final String PATH = "/mutation-batches";

    private final Api api;
    private final Clock clock;

    public MutationBatches(Api api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    public void register() {
        api.postRaw(PATH, this::handle);
    }

    /** A validated item with its route and the single call's request hash. */
    private record Planned(MutationBatchItem item, Api.Matched route, Mutation.Request request, String hash) {
    }

    private void handle(Context ctx) {
        Caller caller = api.authenticate(ctx);
        MutationBatchRequest batch = api.json().read(ctx.bodyAsBytes(), "MutationBatchRequest", MutationBatchRequest.class);
        List<Planned> plan = plan(batch.items());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long nowMillis = now.toEpochMilli();
        String rid = Api.requestId(ctx);
        Result[] results = new Result[plan.size()];
        api.purgeIfDue(nowMillis);
        api.db().write(h -> {
            Set<String> failedAggregates = new HashSet<>();
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                if (failedAggregates.contains(p.item().aggregate())) {
                    results[i] = new Result(api.problem(ApiProblem.of(424, "PRECEDING_ITEM_FAILED", "Failed dependency",
                            "an earlier item of aggregate " + p.item().aggregate() + " in this batch failed; "
                                    + "this one was not attempted"), rid), false);
                    continue;
                }
                results[i] = apply(h, caller, p, now, rid);
                if (!ok(results[i].response())) {
                    failedAggregates.add(p.item().aggregate());
                }
            }
            return null;
        });
        ctx.status(200);
        ctx.contentType(Api.JSON);
        ctx.result(write(plan, results));
    }

    private record Result(StoredResponse response, boolean replayed) {
    }

    private static boolean ok(StoredResponse r) {
        return r.status() >= 200 && r.status() < 300;
    }

    /** One item in its savepoint; a 4xx from the route is rolled back to it and stored as the key's outcome. */
    private Result apply(Handle h, Caller caller, Planned p, Instant now, String rid) {
        Api.Outcome o = api.applyKeyed(h, caller, p.item().id(), p.hash(), now, p.request(), p.route().write(), rid);
        if (o.reused()) {
            return new Result(api.problem(Api.keyReused(), rid), false);
        }
        return new Result(o.response(), o.replayed());
    }

    /** Checks what the schema cannot (unique ids, a batchable operation per item) before anything is applied. */
    private List<Planned> plan(List<MutationBatchItem> items) {
        Set<String> ids = new HashSet<>();
        List<Planned> plan = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            MutationBatchItem item = items.get(i);
            if (!ids.add(item.id())) {
                throw ApiProblem.invalid("items[" + i + "].id", "appears twice in the batch; every item needs its own key");
            }
            Api.Matched route = PATH.equals(item.path()) ? null : api.match(item.method(), item.path());
            if (route == null) {
                throw ApiProblem.invalid("items[" + i + "].path", item.method() + " " + item.path()
                        + " is not a mutation of this API");
            }
            byte[] body = api.canonicalBody(bytes(item.body()));
            plan.add(new Planned(item, route, new ItemRequest(route.params(), item.ifMatch(), body),
                    Api.requestHash(item.method(), item.path(), item.ifMatch(), body)));
        }
        return plan;
    }

    private byte[] bytes(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new byte[0];
        }
        try {
            return api.json().mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch item as a mutation's request. */
    private record ItemRequest(Map<String, String> params, String ifMatch, byte[] body) implements Mutation.Request {
        @Override
        public String pathParam(String name) {
            String v = params.get(name);
            if (v == null) {
                throw new IllegalArgumentException("no path parameter " + name);
            }
            return v;
        }
    }

    /** The results, each item's stored body spliced in as it is (no re-parsing). */
    private byte[] write(List<Planned> plan, Result[] results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 3072 * results.length);
        try (JsonGenerator g = api.json().mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("results");
            for (int i = 0; i < results.length; i++) {
                StoredResponse r = results[i].response();
                g.writeStartObject();
                g.writeStringField("id", plan.get(i).item().id());
                g.writeNumberField("status", r.status());
                if (r.etag() != null) {
                    g.writeStringField("etag", r.etag());
                }
                if (r.location() != null) {
                    g.writeStringField("location", r.location());
                }
                g.writeBooleanField("replayed", results[i].replayed());
                if (r.body() != null && r.body().length > 0) {
                    g.writeFieldName("body");
                    g.writeRawValue(new String(r.body(), StandardCharsets.UTF_8));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
