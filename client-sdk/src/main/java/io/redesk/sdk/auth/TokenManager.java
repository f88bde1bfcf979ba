package io.redesk.sdk.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out the current access token and renews it. Refreshing is single-flight: callers that find
 * the same stale token wait on one lock, the first one calls the exchange, and the others see the new
 * token when they get the lock (they compare the token they were rejected with against the store's),
 * so N concurrent 401s cause exactly one refresh call.
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    /** Refresh a little before the stated expiry so a request does not die in flight. */
    static final Duration SKEW = Duration.ofSeconds(5);

    private final TokenStore store;
    private final Clock clock;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile UnaryOperator<Tokens> refreshCall;

    public TokenManager(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Wires the call that exchanges a refresh token for new tokens (set once by the client). */
    public void refreshCall(UnaryOperator<Tokens> call) {
        this.refreshCall = call;
    }

    public Clock clock() {
        return clock;
    }

    public TokenStore store() {
        return store;
    }

    /**
     * The access token to send now, refreshed first if the clock says it has expired and it can be
     * refreshed; empty when not signed in.
     */
    public Optional<String> accessTokenForRequest() {
        Optional<Tokens> current = store.load();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Tokens tokens = current.get();
        if (tokens.accessTokenExpired(clock, SKEW) && tokens.refreshable(clock) && refreshCall != null) {
            refreshReplacing(tokens.accessToken());
            return store.load().map(Tokens::accessToken);
        }
        return Optional.of(tokens.accessToken());
    }

    /**
     * Called after the exchange rejected {@code rejectedAccessToken} with 401. Refreshes (once across
     * concurrent callers) and reports whether a different access token is now available to replay with.
     * Failures of the refresh call itself propagate (an {@code AuthenticationException} clears the store).
     */
    public boolean refreshReplacing(String rejectedAccessToken) {
        UnaryOperator<Tokens> call = refreshCall;
        if (call == null) {
            return false;
        }
        refreshLock.lock();
        try {
            Optional<Tokens> current = store.load();
            if (current.isEmpty()) {
                return false;
            }
            Tokens tokens = current.get();
            if (!tokens.accessToken().equals(rejectedAccessToken)) {
                // another caller refreshed while we waited for the lock
                return true;
            }
            if (!tokens.refreshable(clock)) {
                return false;
            }
            LOG.debug("refreshing access token (expired at {})", tokens.accessTokenExpiresAt());
            Tokens renewed;
            try {
                renewed = call.apply(tokens);
            } catch (io.redesk.sdk.error.AuthenticationException | io.redesk.sdk.error.ForbiddenException e) {
                LOG.info("refresh token rejected by the exchange; signing out locally");
                store.clear();
                throw e;
            }
            store.save(renewed);
            return true;
        } finally {
            refreshLock.unlock();
        }
    }
}
