package io.redesk.sdk.auth;

import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.auth.LoginRequest;
import io.redesk.sdk.model.auth.RefreshRequest;
import io.redesk.sdk.model.auth.TokenPair;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.RequestExecutor;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in and out ({@code /auth/login}, {@code /auth/refresh}, {@code /auth/logout}). A successful
 * login stores the tokens in the client's {@link TokenStore}; every later call sends the access token,
 * and an expired one is refreshed automatically (once, shared by concurrent callers).
 */
public final class AuthService {

    private final RequestExecutor executor;
    private final TokenManager tokens;

    private AuthService(RequestExecutor executor, TokenManager tokens) {
        this.executor = executor;
        this.tokens = tokens;
    }

    /** Creates the service and makes it the token manager's way to refresh. */
    public static AuthService wire(RequestExecutor executor, TokenManager tokens) {
        AuthService service = new AuthService(executor, tokens);
        tokens.refreshCall(service::refreshTokens);
        return service;
    }

    /** Signs in; the tokens are stored and returned. Wrong credentials: {@code AuthenticationException}. */
    public Tokens login(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        Instant asked = tokens.clock().instant();
        TokenPair pair = executor.execute(ApiRequest.post("auth", "login").anonymous()
                .body(new LoginRequest(username, password)).build(), TokenPair.class).body();
        Tokens t = toTokens(pair, asked);
        tokens.store().save(t);
        return t;
    }

    /** Exchanges the stored refresh token for new tokens now (the SDK also does this by itself on 401). */
    public Tokens refresh() {
        Tokens current = tokens.store().load().orElseThrow(() -> new IllegalStateException("not signed in"));
        Tokens renewed = refreshTokens(current);
        tokens.store().save(renewed);
        return renewed;
    }

    /** The raw refresh call; storing the result is the caller's job. */
    Tokens refreshTokens(Tokens current) {
        Instant asked = tokens.clock().instant();
        TokenPair pair = executor.execute(ApiRequest.post("auth", "refresh").anonymous()
                .body(new RefreshRequest(current.refreshToken())).build(), TokenPair.class).body();
        return toTokens(pair, asked);
    }

    /** Ends the session at the exchange (both tokens stop working) and forgets the tokens locally. */
    public void logout() {
        try {
            if (tokens.store().load().isPresent()) {
                executor.execute(ApiRequest.post("auth", "logout").build(), Void.class);
            }
        } finally {
            tokens.store().clear();
        }
    }

    /** The stored tokens, if signed in. */
    public Optional<Tokens> current() {
        return tokens.store().load();
    }

    /** Expiry is counted from when the request was sent, so a slow answer errs on the early side. */
    private static Tokens toTokens(TokenPair pair, Instant asked) {
        if (pair == null || pair.accessToken() == null || pair.accessToken().isBlank() || pair.expiresIn() <= 0) {
            throw new ExchangeException(200, "INVALID_RESPONSE", null, null,
                    "the exchange's token response lacks accessToken or expiresIn", null);
        }
        return new Tokens(pair.accessToken(), asked.plusSeconds(pair.expiresIn()), pair.refreshToken(),
                pair.refreshExpiresIn() > 0 ? asked.plusSeconds(pair.refreshExpiresIn()) : null);
    }
}
