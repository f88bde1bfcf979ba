package io.redesk.sdk.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.RequestExecutor;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in and out. A successful login stores the tokens in the client's {@link TokenStore}; every
 * later call sends the access token, and an expired one is refreshed automatically.
 */
public final class AuthService {

    private final RequestExecutor executor;
    private final TokenManager tokens;

    /** Creates the service and makes it the token manager's way to refresh. */
    public static AuthService wire(RequestExecutor executor, TokenManager tokens) {
        AuthService service = new AuthService(executor, tokens);
        tokens.refreshCall(service::refreshTokens);
        return service;
    }

    private AuthService(RequestExecutor executor, TokenManager tokens) {
        this.executor = executor;
        this.tokens = tokens;
    }

    /** Signs in; the tokens are stored and returned. */
    public Tokens login(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        TokenResponse r = executor.execute(ApiRequest.post("auth", "login").anonymous()
                .body(new LoginRequest(username, password)).build(), TokenResponse.class).body();
        Tokens t = r.toTokens();
        tokens.store().save(t);
        return t;
    }

    /** Exchanges the current refresh token for new tokens (the SDK calls this by itself on 401). */
    public Tokens refresh() {
        Tokens current = tokens.store().load().orElseThrow(() -> new IllegalStateException("not signed in"));
        Tokens renewed = refreshTokens(current);
        tokens.store().save(renewed);
        return renewed;
    }

    /** The raw refresh call; does not touch the store (the token manager does). */
    Tokens refreshTokens(Tokens current) {
        TokenResponse r = executor.execute(ApiRequest.post("auth", "refresh").anonymous()
                .body(new RefreshRequest(current.refreshToken())).build(), TokenResponse.class).body();
        return r.toTokens();
    }

    /** Revokes the refresh token at the exchange and forgets the tokens locally. */
    public void logout() {
        Optional<Tokens> current = tokens.store().load();
        try {
            current.ifPresent(t -> executor.execute(ApiRequest.post("auth", "logout")
                    .body(new RefreshRequest(t.refreshToken())).build(), Void.class));
        } finally {
            tokens.store().clear();
        }
    }

    /** The stored tokens, if signed in. */
    public Optional<Tokens> current() {
        return tokens.store().load();
    }

    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + ", password=***]";
        }
    }

    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
            Instant refreshTokenExpiresAt) {
        Tokens toTokens() {
            if (accessToken == null || accessToken.isBlank() || accessTokenExpiresAt == null) {
                throw new io.redesk.sdk.error.ExchangeException(200, "invalid_response", null, null,
                        "the exchange's token response lacks accessToken or accessTokenExpiresAt", null);
            }
            return new Tokens(accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt);
        }
    }
}
