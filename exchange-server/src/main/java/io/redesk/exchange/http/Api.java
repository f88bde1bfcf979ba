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
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
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
 * mutations run inside one write transaction together with the idempotency claim and the stored
 * outcome (failures the server produced included, replayed with {@code Idempotent-Replayed: true});
 * every error rendered as problem+json. Routes only parse, authorise, call stores and answer: stores
 * run the SQL on the handle they are given and never produce HTTP errors.
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
        ApiResponse handle(Context ctx, Caller caller, Handle h);
    }

    /** A state-changing route, run inside the write transaction. */
    @FunctionalInterface
    public interface Write {
        ApiResponse handle(Mutation m);
    }

    private final RoutesConfig routes;
    private final Database db;
    private final Sessions sessions;
    private final IdempotencyStore idempotency;
    private final Json json;
    private final Clock clock;
    private final ExactBodies exact;
    private static final long PURGE_EVERY_MILLIS = 3_600_000;
    private final AtomicLong lastPurge = new AtomicLong();
    private final ReadCache reads = new ReadCache();
    /** The replayed mutation routes, for the batch endpoint (filled while routes register, read after). */
    private final List<BatchableRoute> batchable = new CopyOnWriteArrayList<>();

    /** Every route as registered (method, path template segments), for the {@code Allow} of a 405. */
    private final List<String[]> registered = new CopyOnWriteArrayList<>();

    /** A replayed mutation route as registered: method, path template split into segments, handler. */
    record BatchableRoute(String method, String[] segments, Write write) {
    }

    public Api(RoutesConfig routes, Database db, Sessions sessions, IdempotencyStore idempotency, Json json, Clock clock) {
        this.routes = routes;
        this.db = db;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
        this.exact = json.exact();
        routes.before(ctx -> {
            String id = UUID.randomUUID().toString();
            ctx.attribute(REQUEST_ID, id);
            ctx.header("X-Request-Id", id);
        });
        routes.exception(ApiProblem.class, (e, ctx) -> send(ctx, problem(e, requestId(ctx)), false));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, problem(fromHttp(e), requestId(ctx)), false));
        routes.exception(Exception.class, (e, ctx) -> {
            ApiProblem transport = transportFailure(e);
            if (transport != null) {
                LOG.info("{} {} (request {}): {}", ctx.method(), ctx.path(), requestId(ctx), transport.getMessage());
                send(ctx, problem(transport, requestId(ctx)), false);
                return;
            }
            LOG.error("unexpected failure on {} {} (request {})", ctx.method(), ctx.path(), requestId(ctx), e);
            send(ctx, problem(ApiProblem.of(500, "INTERNAL", "Internal error", "the exchange failed; quote the request id"),
                    requestId(ctx)), false);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                String allow = allowed(ctx.path());
                if (allow.isEmpty()) {
                    send(ctx, problem(ApiProblem.notFound(), requestId(ctx)), false);
                } else {
                    methodNotAllowed(ctx, allow);
                }
            }
        });
        routes.error(405, ctx -> methodNotAllowed(ctx, allowed(ctx.path())));
    }

    private void methodNotAllowed(Context ctx, String allow) {
        if (!allow.isEmpty()) {
            ctx.header("Allow", allow);
        }
        send(ctx, problem(ApiProblem.of(405, "METHOD_NOT_ALLOWED", "Method not allowed",
                ctx.method() + " is not supported on " + ctx.path() + (allow.isEmpty() ? "" : "; allowed: " + allow)),
                requestId(ctx)), false);
    }

    private void register(String method, String path) {
        String[] segs = segments(path);
        String[] entry = new String[segs.length + 1];
        entry[0] = method;
        System.arraycopy(segs, 0, entry, 1, segs.length);
        registered.add(entry);
    }

    /** The methods registered for a concrete path, comma-separated in a fixed order ("" when the path is unknown). */
    String allowed(String path) {
        String[] parts = segments(path);
        java.util.TreeSet<String> methods = new java.util.TreeSet<>();
        for (String[] r : registered) {
            if (r.length - 1 != parts.length) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < parts.length && ok; i++) {
                String t = r[i + 1];
                ok = (t.startsWith("{") && t.endsWith("}") && !parts[i].isEmpty()) || t.equals(parts[i]);
            }
            if (ok) {
                methods.add(r[0]);
            }
        }
        return String.join(", ", methods);
    }

    /**
     * Refuses a body that is not declared JSON with 415: every request body of the contract is
     * {@code application/json} (a parameter such as {@code charset=utf-8} is allowed).
     */
    static void requireJsonBody(String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            return;
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!type.equals(JSON)) {
            throw ApiProblem.of(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                    "the body must be sent as Content-Type: application/json"
                            + (contentType == null ? " (none was given)" : ", not " + contentType));
        }
    }

    /**
     * A request that failed in transport while its body was read (the client stopped sending before its
     * Content-Length: 400; it went quiet past the idle timeout: 408), or null for a failure of the server.
     */
    static ApiProblem transportFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return ApiProblem.of(408, "REQUEST_TIMEOUT", "Request timeout", "the request body did not arrive in time");
            }
            if (t instanceof org.eclipse.jetty.io.EofException || t instanceof org.eclipse.jetty.http.BadMessageException) {
                return ApiProblem.of(400, "BAD_REQUEST", "Bad request", "the request body ended before its Content-Length");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The caller of an authenticated request (401 otherwise). */
    Caller authenticate(Context ctx) {
        return sessions.authenticate(ctx.header("Authorization"));
    }

    public Json json() {
        return json;
    }

    public Database db() {
        return db;
    }

    /** A route anyone may call (contract, health). */
    public void open(String path, io.javalin.http.Handler handler) {
        register("GET", path);
        routes.get(path, handler);
    }

    /** An unauthenticated POST that is not replayed (login, refresh). */
    public void openPost(String path, io.javalin.http.Handler handler) {
        register("POST", path);
        routes.post(path, ctx -> {
            requireJsonBody(ctx.contentType(), ctx.bodyAsBytes());
            handler.handle(ctx);
        });
    }

    /**
     * A read route. Its answer is kept ({@link ReadCache}) for the caller and request target until the next
     * write of any instance; a problem (404, 400) is not kept.
     */
    public void get(String path, Read read) {
        get(path, read, true);
    }

    /**
     * A read route whose answer depends on the time as well as on the data (a quote lapses when its validity
     * ends, with no write to mark it): never kept in the {@link ReadCache}.
     */
    public void getTimed(String path, Read read) {
        get(path, read, false);
    }

    private void get(String path, Read read, boolean cacheable) {
        register("GET", path);
        routes.get(path, ctx -> {
            Caller caller = sessions.authenticate(ctx.header("Authorization"));
            String key = caller.userId() + " " + ctx.path() + "?" + nz(ctx.queryString());
            StoredResponse r = db.readAtVersion((h, version) -> {
                StoredResponse cached = cacheable ? reads.get(key, version) : null;
                if (cached != null) {
                    return cached;
                }
                StoredResponse fresh = render(read.handle(ctx, caller, h.get()));
                if (cacheable) {
                    reads.put(key, version, fresh);
                }
                return fresh;
            });
            send(ctx, r, false);
        });
    }

    public void post(String path, Write write) {
        register("POST", path);
        Write checked = exact.wrap("POST", path, write);
        routes.post(path, ctx -> mutate(ctx, checked));
        batchable.add(new BatchableRoute("POST", segments(path), checked));
    }

    public void put(String path, Write write) {
        register("PUT", path);
        Write checked = exact.wrap("PUT", path, write);
        routes.put(path, ctx -> mutate(ctx, checked));
        batchable.add(new BatchableRoute("PUT", segments(path), checked));
    }

    /** A POST whose handler owns the whole exchange with the caller (the batch endpoint); not batchable. */
    void postRaw(String path, io.javalin.http.Handler handler) {
        register("POST", path);
        routes.post(path, ctx -> {
            authenticate(ctx);
            requireJsonBody(ctx.contentType(), ctx.bodyAsBytes());
            handler.handle(ctx);
        });
    }

    /** A mutation that is authenticated but not replayed (logout). */
    public void postUnreplayed(String path, Write write) {
        register("POST", path);
        routes.post(path, ctx -> {
            Caller caller = sessions.authenticate(ctx.header("Authorization"));
            requireJsonBody(ctx.contentType(), ctx.bodyAsBytes());
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            ApiResponse r = db.write(h -> write.handle(new Mutation(h, caller, now, new HttpRequest(ctx))));
            send(ctx, render(r), false);
        });
    }

    private void mutate(Context ctx, Write write) {
        Caller caller = sessions.authenticate(ctx.header("Authorization"));
        requireJsonBody(ctx.contentType(), ctx.bodyAsBytes());
        String key = ctx.header("Idempotency-Key");
        if (key == null || key.isEmpty()) {
            throw ApiProblem.of(400, "IDEMPOTENCY_KEY_MISSING", "Idempotency key missing",
                    "every POST and PUT needs an Idempotency-Key header");
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
        }
        Mutation.Request request = new HttpRequest(ctx);
        String requestHash = requestHash(ctx.method().name(), ctx.path(), request.ifMatch(), canonicalBody(request.body()));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long nowMillis = now.toEpochMilli();
        String rid = requestId(ctx);
        purgeIfDue(nowMillis);
        // one transaction: claim the key, apply, store the outcome (the key's row and the change commit
        // together, so a crash never leaves one without the other)
        Outcome outcome = db.write(h -> applyKeyed(h, caller, key, requestHash, now, request, write, rid));
        if (outcome.reused()) {
            throw keyReused();
        }
        send(ctx, outcome.response(), outcome.replayed());
    }

    /** What one keyed mutation did: its response (null when the key was reused), replayed or reused. */
    record Outcome(StoredResponse response, boolean replayed, boolean reused) {
    }

    /**
     * Applies one keyed mutation inside the caller's open write transaction: a key seen before with the
     * same request replays its stored outcome, with another request it is refused ({@code reused});
     * otherwise the route runs inside a savepoint and its outcome is stored under the key in the same
     * transaction. A failure the server produced (4xx) is rolled back to the savepoint and stored as the
     * key's outcome, as a success would be; anything else propagates and rolls the transaction back.
     */
    Outcome applyKeyed(Handle h, Caller caller, String key, String requestHash, Instant now,
                       Mutation.Request request, Write write, String requestId) {
        long nowMillis = now.toEpochMilli();
        Optional<IdempotencyStore.Entry> existing = idempotency.claim(h, caller.userId(), key, requestHash, nowMillis);
        if (existing.isPresent()) {
            if (!existing.get().requestHash().equals(requestHash)
                    && !existing.get().requestHash().equals(legacyHash(request, requestHash))) {
                return new Outcome(null, false, true); // answered outside: this problem is not the key's outcome
            }
            return new Outcome(existing.get().response(), true, false);
        }
        String savepoint = "mutation";
        h.savepoint(savepoint);
        StoredResponse r;
        try {
            r = json.rememberingWrites(() -> render(write.handle(new Mutation(h, caller, now, request))));
            h.releaseSavepoint(savepoint);
        } catch (ApiProblem p) {
            if (p.status() >= 500) {
                throw p;
            }
            h.rollbackToSavepoint(savepoint); // Jdbi forgets the savepoint with the rollback
            r = problem(p, requestId);
        }
        idempotency.answer(h, caller.userId(), key, r);
        return new Outcome(r, false, false);
    }

    static ApiProblem keyReused() {
        return ApiProblem.rule("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                "this Idempotency-Key was first used with a different request");
    }

    /** Purges expired idempotency rows at most once an hour (per instance). */
    void purgeIfDue(long nowMillis) {
        long last = lastPurge.get();
        if (nowMillis - last > PURGE_EVERY_MILLIS && lastPurge.compareAndSet(last, nowMillis)) {
            db.write(h -> {
                idempotency.purge(h, nowMillis);
                return null;
            });
        }
    }

    /**
     * The hash a key's first request is remembered by: method, path, If-Match and the body as parsed and
     * written again by the wire mapper (field order kept, no insignificant white space), so the same
     * mutation hashes alike whether it came alone or as an item of a batch, whatever the spacing.
     */
    static String requestHash(String method, String path, String ifMatch, byte[] canonicalBody) {
        return Hashing.sha256Hex((method + " " + path + "\n" + nz(ifMatch) + "\n") + Hashing.sha256Hex(canonicalBody));
    }

    /** The body written again by the wire mapper; bytes that are not JSON stay as they are. */
    byte[] canonicalBody(byte[] body) {
        if (body == null || body.length == 0) {
            return new byte[0];
        }
        try {
            JsonNode tree = json.mapper().readTree(body);
            return tree == null || tree.isMissingNode() ? body : json.mapper().writeValueAsBytes(tree);
        } catch (java.io.IOException notJson) {
            return body;
        }
    }

    /**
     * The hash of the raw body bytes, which single requests were stored under before batches existed
     * (a stored outcome lives 24 hours): only computed when the canonical hash did not match.
     */
    private static String legacyHash(Mutation.Request request, String canonical) {
        if (!(request instanceof HttpRequest h)) {
            return canonical;
        }
        Context ctx = h.ctx();
        return Hashing.sha256Hex((ctx.method() + " " + ctx.path() + "\n" + nz(ctx.header("If-Match")) + "\n")
                + Hashing.sha256Hex(ctx.bodyAsBytes()));
    }

    /** The batchable route for {@code method path} with its path parameters, or null. */
    Matched match(String method, String path) {
        String[] parts = segments(path);
        for (BatchableRoute r : batchable) {
            if (!r.method().equals(method) || r.segments().length != parts.length) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            boolean ok = true;
            for (int i = 0; i < parts.length && ok; i++) {
                String t = r.segments()[i];
                if (t.startsWith("{") && t.endsWith("}")) {
                    params.put(t.substring(1, t.length() - 1), URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8));
                } else {
                    ok = t.equals(parts[i]);
                }
            }
            if (ok) {
                return new Matched(r.write(), params);
            }
        }
        return null;
    }

    /** A batch item's route and its path parameters. */
    record Matched(Write write, Map<String, String> params) {
    }

    private static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }

    /** The HTTP request as a mutation's request. */
    private record HttpRequest(Context ctx) implements Mutation.Request {
        @Override
        public String pathParam(String name) {
            return ctx.pathParam(name);
        }

        @Override
        public String ifMatch() {
            return ctx.header("If-Match");
        }

        @Override
        public byte[] body() {
            return ctx.bodyAsBytes();
        }
    }

    private StoredResponse render(ApiResponse r) {
        byte[] body = r.body() == null ? null : r.body() instanceof RawJson raw ? raw.bytes() : json.write(r.body());
        String etag = r.version() == null ? null : "\"" + r.version() + "\"";
        return new StoredResponse(r.status(), body == null ? null : JSON, etag, r.location(), body);
    }

    StoredResponse problem(ApiProblem p, String requestId) {
        Problem body = new Problem("https://redesk.io/problems/" + p.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                p.title(), p.status(), p.getMessage(), null, p.code(), p.field(), p.currentVersion(), requestId);
        String etag = p.currentVersion() == null ? null : "\"" + p.currentVersion() + "\"";
        String retry = p.retryAfterSeconds() == null ? null : p.retryAfterSeconds().toString();
        return new StoredResponse(p.status(), PROBLEM_JSON, etag, null, json.write(body), retry);
    }

    static void send(Context ctx, StoredResponse r, boolean replayed) {
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
        if (r.status() == 401) {
            // RFC 9110 §15.5.2: a 401 names the scheme to authenticate with (RFC 6750 for bearer tokens)
            ctx.header("WWW-Authenticate", "Bearer realm=\"redesk\"");
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

    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
