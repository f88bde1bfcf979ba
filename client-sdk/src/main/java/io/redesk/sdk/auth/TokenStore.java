package io.redesk.sdk.auth;

import java.util.Optional;

/**
 * Where the SDK keeps the current {@link Tokens}. The app plugs in its encrypted vault; tests and
 * short-lived tools use {@link InMemoryTokenStore}. Implementations must be thread-safe; the SDK
 * serialises refreshes itself, so {@code save} is never called concurrently by one client.
 */
public interface TokenStore {

    /** The current tokens, if signed in. */
    Optional<Tokens> load();

    /** Replaces the current tokens (after login or refresh). */
    void save(Tokens tokens);

    /** Forgets the tokens (logout, or the refresh token was rejected). */
    void clear();
}
