package io.redesk.app.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.auth.TokenStore;
import io.redesk.sdk.auth.Tokens;
import io.redesk.sdk.model.WireJson;
import io.redesk.store.VaultLockedException;
import io.redesk.store.vault.Vault;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange tokens of a profile, kept in its vault (sealed, never in a plain file) so a restarted
 * app signs in again in the background with the refresh token instead of asking for the password.
 * Reads come from memory (the SDK asks for the token on every call, and the vault may be locked);
 * every save and clear also goes to the vault once it is {@linkplain #keepIn kept} there. Thread-safe.
 */
public final class VaultTokenStore implements TokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(VaultTokenStore.class);
    static final String VALUE = "session.tokens";
    private static final ObjectMapper JSON = WireJson.newMapper();

    private final AtomicReference<Tokens> tokens = new AtomicReference<>();
    private volatile Vault vault;
    private final java.util.List<Runnable> onCleared = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A store that keeps tokens in memory until {@link #keepIn} names the vault. */
    public VaultTokenStore() {
    }

    /** A store over {@code vault}, starting with the tokens saved there (if any). */
    public static VaultTokenStore readFrom(Vault vault) {
        VaultTokenStore store = new VaultTokenStore();
        vault.value(VALUE).ifPresent(json -> {
            try {
                store.tokens.set(JSON.readValue(json, Tokens.class));
            } catch (JsonProcessingException e) {
                // unreadable tokens only cost a password prompt
                LOG.warn("the saved exchange tokens are unreadable; the exchange will ask for the password");
            }
        });
        store.vault = vault;
        return store;
    }

    /** From now on, keeps the tokens in {@code vault} too (writing the current ones there now). */
    public synchronized void keepIn(Vault target) {
        this.vault = target;
        write(tokens.get());
    }

    @Override
    public Optional<Tokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public synchronized void save(Tokens newTokens) {
        tokens.set(java.util.Objects.requireNonNull(newTokens, "tokens"));
        write(newTokens);
    }

    @Override
    public void clear() {
        synchronized (this) {
            tokens.set(null);
            write(null);
        }
        // outside the lock: a listener (the link) takes its own lock, and the link clears under its lock
        for (Runnable l : onCleared) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("a token listener failed", e);
            }
        }
    }

    /**
     * Runs {@code listener} after every clear, on the clearing thread: the SDK clears the store when the
     * exchange refuses the refresh token, which is how a session refused mid-session is noticed (ADR 0800).
     */
    public AutoCloseable onCleared(Runnable listener) {
        onCleared.add(java.util.Objects.requireNonNull(listener, "listener"));
        return () -> onCleared.remove(listener);
    }

    private void write(Tokens t) {
        Vault v = vault;
        if (v == null) {
            return;
        }
        try {
            if (t == null) {
                v.removeValue(VALUE);
            } else {
                v.saveValue(VALUE, JSON.writeValueAsString(t));
            }
        } catch (VaultLockedException e) {
            // the tokens stay in memory for this run; the next start asks for the password at worst
            LOG.info("the vault is locked: the exchange tokens are kept in memory only");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the tokens", e);
        }
    }
}
