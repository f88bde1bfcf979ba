package io.redesk.exchange.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.auth.Sessions;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.idempotency.IdempotencyStore;
import io.redesk.exchange.idempotency.StoredResponse;
import io.redesk.sdk.model.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers routes with the exchange's cross-cutting rules, so no route can forget one: a request id
 * on every response; bearer authentication on everything but the contract, health and login;
 * mutations run inside one write transaction together with the idempotency check and the stored
 * outcome (failures the server produced included, replayed with {@code Idempotent-Replayed: true});
 * every error rendered as problem+json.
 */
public final class Api {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String JSON = "application/json";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final String REQUEST_ID = "requestId";

    /** A read route. */
    @FunctionalInterface
    public interface Read {
        ApiResponse handle(Context ctx, Caller caller, Connection c) throws SQLException;
    }

    /** A state-changing route, run inside the write transaction. */
    @FunctionalInterface
    public interface Write {
        ApiResponse handle(Mutation m) throws SQLException;
    }

    private final RoutesConfig routes;
    private final Database db;
    private final Sessions sessions;
    private final IdempotencyStore idempotency;
    private final Json json;
    private final Clock clock;
    private static final long PURGE_EVERY_MILLIS = 3_600_000;
    /** Guarded by the database's write lock. */
    private long lastPurge;

    public Api(RoutesConfig routes, Database db, Sessions sessions, IdempotencyStore idempotency, Json json, Clock clock) {
        this.routes = routes;
        this.db = db;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
        routes.before(ctx -> {
            String id = UUID.randomUUID().toString();
            ctx.attribute(REQUEST_ID, id);
            ctx.header("X-Request-Id", id);
        });
        routes.exception(ApiProblem.class, (e, ctx) -> send(ctx, problem(e, requestId(ctx)), false));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, problem(fromHttp(e), requestId(ctx)), false));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {} (request {})", ctx.method(), ctx.path(), requestId(ctx), e);
            send(ctx, problem(ApiProblem.of(500, "INTERNAL", "Internal error", "the exchange failed; quote the request id"),
                    requestId(ctx)), false);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, problem(ApiProblem.notFound(), requestId(ctx)), false);
            }
        });
        routes.error(405, ctx -> send(ctx, problem(ApiProblem.of(405, "METHOD_NOT_ALLOWED", "Method not allowed",
                ctx.method() + " is not supported here"), requestId(ctx)), false));
    }

    public Json json() {
        return json;
    }

    public Database db() {
        return db;
    }

    /** A route anyone may call (contract, health). */
    public void open(String path, io.javalin.http.Handler handler) {
        routes.get(path, handler);
    }

    /** An unauthenticated POST that is not replayed (login, refresh). */
    public void openPost(String path, io.javalin.http.Handler handler) {
        routes.post(path, handler);
    }

    public void get(String path, Read read) {
        routes.get(path, ctx -> {
            Caller caller = sessions.authenticate(ctx.header("Authorization"));
            ApiResponse r = db.read(c -> read.handle(ctx, caller, c));
            send(ctx, render(r), false);
        });
    }

    public void post(String path, Write write) {
        routes.post(path, ctx -> mutate(ctx, write));
    }

    public void put(String path, Write write) {
        routes.put(path, ctx -> mutate(ctx, write));
    }

    /** A mutation that is authenticated but not replayed (logout). */
    public void postUnreplayed(String path, Write write) {
        routes.post(path, ctx -> {
            Caller caller = sessions.authenticate(ctx.header("Authorization"));
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            ApiResponse r = db.write(c -> write.handle(new Mutation(c, caller, now, ctx)));
            send(ctx, render(r), false);
        });
    }

    private void mutate(Context ctx, Write write) {
        Caller caller = sessions.authenticate(ctx.header("Authorization"));
        String key = ctx.header("Idempotency-Key");
        if (key == null || key.isEmpty()) {
            throw ApiProblem.of(400, "IDEMPOTENCY_KEY_MISSING", "Idempotency key missing",
                    "every POST and PUT needs an Idempotency-Key header");
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
        }
        byte[] body = ctx.bodyAsBytes();
        String requestHash = Hashing.sha256Hex((ctx.method() + " " + ctx.path() + "\n" + nz(ctx.header("If-Match")) + "\n")
                + Hashing.sha256Hex(body));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long nowMillis = now.toEpochMilli();
        String rid = requestId(ctx);
        boolean[] replayed = {false};
        boolean[] reused = {false};
        StoredResponse out = db.exclusively(() -> {
            if (nowMillis - lastPurge > PURGE_EVERY_MILLIS) {
                lastPurge = nowMillis;
                db.write(c -> {
                    idempotency.purge(c, nowMillis);
                    return null;
                });
            }
            try {
                // one transaction: look up the key, apply, store the outcome (the key's row and the change
                // commit together, so a crash never leaves one without the other)
                return db.write(c -> {
                    Optional<IdempotencyStore.Entry> existing = idempotency.find(c, caller.userId(), key, nowMillis);
                    if (existing.isPresent()) {
                        if (!existing.get().requestHash().equals(requestHash)) {
                            reused[0] = true; // answered below, outside: this problem is not the key's outcome
                            return null;
                        }
                        replayed[0] = true;
                        return existing.get().response();
                    }
                    StoredResponse r = json.rememberingWrites(() -> render(write.handle(new Mutation(c, caller, now, ctx))));
                    idempotency.store(c, caller.userId(), key, requestHash, r, nowMillis);
                    return r;
                });
            } catch (ApiProblem p) {
                if (p.status() >= 500) {
                    throw p;
                }
                StoredResponse r = problem(p, rid);
                db.write(c -> {
                    idempotency.store(c, caller.userId(), key, requestHash, r, nowMillis);
                    return null;
                });
                return r;
            }
        });
        if (reused[0]) {
            throw ApiProblem.rule("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                    "this Idempotency-Key was first used with a different request");
        }
        send(ctx, out, replayed[0]);
    }

    private StoredResponse render(ApiResponse r) {
        byte[] body = r.body() == null ? null : r.body() instanceof RawJson raw ? raw.bytes() : json.write(r.body());
        String etag = r.version() == null ? null : "\"" + r.version() + "\"";
        return new StoredResponse(r.status(), body == null ? null : JSON, etag, r.location(), body);
    }

    private StoredResponse problem(ApiProblem p, String requestId) {
        Problem body = new Problem("https://redesk.io/problems/" + p.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                p.title(), p.status(), p.getMessage(), null, p.code(), p.field(), p.currentVersion(), requestId);
        String etag = p.currentVersion() == null ? null : "\"" + p.currentVersion() + "\"";
        String retry = p.retryAfterSeconds() == null ? null : p.retryAfterSeconds().toString();
        return new StoredResponse(p.status(), PROBLEM_JSON, etag, null, json.write(body), retry);
    }

    private static void send(Context ctx, StoredResponse r, boolean replayed) {
        ctx.status(r.status());
        if (r.etag() != null) {
            ctx.header("ETag", r.etag());
        }
        if (r.location() != null) {
            ctx.header("Location", r.location());
        }
        if (r.retryAfter() != null) {
            ctx.header("Retry-After", r.retryAfter());
        }
        if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
        if (r.body() != null) {
            ctx.contentType(r.contentType());
            ctx.result(r.body());
        } else {
            ctx.result(new byte[0]);
        }
    }

    private static ApiProblem fromHttp(HttpResponseException e) {
        int s = e.getStatus();
        return switch (s) {
            case 413 -> ApiProblem.of(413, "PAYLOAD_TOO_LARGE", "Payload too large", "the body exceeds the limit of 256 KiB");
            case 404 -> ApiProblem.notFound();
            case 405 -> ApiProblem.of(405, "METHOD_NOT_ALLOWED", "Method not allowed", "method not supported here");
            default -> ApiProblem.of(s, s >= 500 ? "INTERNAL" : "BAD_REQUEST", "HTTP " + s, String.valueOf(e.getMessage()));
        };
    }

    private static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
