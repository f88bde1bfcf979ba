package io.redesk.exchange.auth;

import io.javalin.http.Context;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.party.Directory;
import io.redesk.sdk.model.auth.LoginRequest;
import io.redesk.sdk.model.auth.RefreshRequest;
import io.redesk.sdk.model.auth.TokenPair;
import java.util.UUID;

/**
 * {@code /auth/login}, {@code /auth/refresh}, {@code /auth/logout}. A wrong username and a wrong
 * password get the same answer, and an unknown username still costs one Argon2 verification, so
 * neither the message nor the timing tells which usernames exist.
 */
public final class AuthRoutes {
    private final Api api;
    private final Database db;
    private final Directory dir;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final String dummyHash;

    public AuthRoutes(Api api, Directory dir, Sessions sessions, PasswordHasher hasher, LoginThrottle throttle) {
        this.api = api;
        this.db = api.db();
        this.dir = dir;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.dummyHash = hasher.hash(UUID.randomUUID().toString());
    }

    public void register() {
        api.openPost("/auth/login", this::login);
        api.openPost("/auth/refresh", this::refresh);
        api.postUnreplayed("/auth/logout", m -> {
            sessions.revoke(m.h(), m.caller().sessionId());
            return ApiResponse.noContent();
        });
    }

    private void login(Context ctx) {
        LoginRequest req = api.json().read(ctx.bodyAsBytes(), "LoginRequest", LoginRequest.class);
        throttle.checkAndCount(req.username(), ctx.ip());
        var user = db.read(h -> dir.credentials(h, req.username()));
        boolean ok = hasher.verify(req.password(), user.map(Directory.Credentials::passwordHash).orElse(dummyHash)) && user.isPresent();
        if (!ok) {
            throttle.failed(req.username());
            throw ApiProblem.unauthenticated("INVALID_CREDENTIALS", "unknown username or wrong password");
        }
        throttle.succeeded(req.username());
        TokenPair tokens = db.write(h -> sessions.open(h, user.get().userId()));
        respond(ctx, tokens);
    }

    private void refresh(Context ctx) {
        RefreshRequest req = api.json().read(ctx.bodyAsBytes(), "RefreshRequest", RefreshRequest.class);
        throttle.checkAndCount("refresh", ctx.ip());
        TokenPair tokens = db.write(h -> sessions.refresh(h, req.refreshToken()));
        respond(ctx, tokens);
    }

    private void respond(Context ctx, TokenPair tokens) {
        ctx.status(200).contentType(Api.JSON).header("Cache-Control", "no-store").result(api.json().write(tokens));
    }
}
