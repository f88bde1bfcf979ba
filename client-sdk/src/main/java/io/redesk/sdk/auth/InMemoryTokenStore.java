package io.redesk.sdk.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link TokenStore} that keeps tokens in memory only: they are gone when the process ends.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<Tokens> tokens = new AtomicReference<>();

    @Override
    public Optional<Tokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(Tokens newTokens) {
        tokens.set(java.util.Objects.requireNonNull(newTokens, "tokens"));
    }

    @Override
    public void clear() {
        tokens.set(null);
    }
}
