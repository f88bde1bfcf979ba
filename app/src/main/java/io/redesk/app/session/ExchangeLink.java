package io.redesk.app.session;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.model.party.Me;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a session is signed in to its exchange, and getting it signed in in the background: a desk
 * opened from the vault alone starts {@link Phase#OFFLINE}; each {@linkplain #attempt attempt} (on its
 * own thread, every retry period while offline) uses the tokens kept in the vault (the SDK refreshes
 * an expired access token by itself). When the exchange refuses them, the link waits for the user's
 * password ({@link Phase#PASSWORD_NEEDED}) without touching the desk; a sign-in as anyone but the
 * profile's own user is refused ({@link Phase#OTHER_USER}). UI-free; listeners hear every phase on the
 * thread that changed it.
 */
public final class ExchangeLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeLink.class);

    /** Where the sign-in stands. */
    public enum Phase {
        /** The exchange cannot be reached; the desk works from the vault and the link keeps trying. */
        OFFLINE,
        /** Signing in (refreshing the session, or with the password the user gave). */
        SIGNING_IN,
        /** Signed in: the sync engine runs. */
        SIGNED_IN,
        /** The exchange refused the saved session: the user's password is needed (the desk stays open). */
        PASSWORD_NEEDED,
        /** The exchange refused the password the user typed. */
        PASSWORD_REFUSED,
        /** The exchange's account is not the profile's user (the exchange was reset or replaced): no sync. */
        OTHER_USER
    }

    private final ExchangeClient client;
    private final UUID userId;
    private final String username;
    private final VaultTokenStore tokens;
    private final Consumer<Me> onSignedIn;
    private final List<Consumer<Phase>> listeners = new CopyOnWriteArrayList<>();
    private volatile Phase phase;
    // apart from the link's own lock, so closing never waits for an attempt in flight
    private final Object loopLock = new Object();
    private ScheduledExecutorService loop;
    private volatile boolean closed;
    private final AutoCloseable tokensCleared;

    /**
     * A link for the profile's user {@code expected}, starting at {@code initial}; {@code onSignedIn}
     * runs (on the link's thread) with the exchange's fresh identity each time a sign-in succeeds.
     */
    public ExchangeLink(ExchangeClient client, VaultTokenStore tokens, Me expected, Phase initial, Consumer<Me> onSignedIn) {
        this.client = Objects.requireNonNull(client, "client");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.userId = Objects.requireNonNull(expected.user().id(), "user id");
        this.username = Objects.requireNonNull(expected.user().username(), "username");
        this.phase = Objects.requireNonNull(initial, "initial");
        this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
        // the SDK clears the tokens when the exchange refuses the refresh token: mid-session, that is a
        // 401 the token manager could not mend, so the password is needed (ADR 0800)
        this.tokensCleared = tokens.onCleared(this::sessionRefused);
    }

    /**
     * The saved session stopped working while signed in (the refresh token expired, was revoked, or was
     * used elsewhere): asks for the password without touching the desk. Pushes keep their outbox entries
     * and go once the user signs in again (the sign-in runs the sync).
     */
    void sessionRefused() {
        if (closed || phase != Phase.SIGNED_IN) {
            return;
        }
        synchronized (this) {
            if (!closed && phase == Phase.SIGNED_IN) {
                LOG.info("the exchange refused the session mid-session; asking for the password");
                set(Phase.PASSWORD_NEEDED);
            }
        }
    }

    /** The current phase. */
    public Phase phase() {
        return phase;
    }

    /** The exchange user name the profile belongs to (the password prompt signs in as this user). */
    public String username() {
        return username;
    }

    /** Calls {@code listener} with every new phase until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<Phase> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** Tries now and then every {@code retry} while the exchange is unreachable, on the link's own thread. */
    public ExchangeLink start(Duration retry) {
        synchronized (loopLock) {
            if (closed || loop != null) {
                return this;
            }
            loop = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "exchange-link");
                t.setDaemon(true);
                return t;
            });
            loop.scheduleWithFixedDelay(() -> {
                try {
                    if (phase == Phase.OFFLINE) {
                        attempt();
                    }
                } catch (RuntimeException e) {
                    LOG.warn("background sign-in failed", e);
                }
            }, 0, Math.max(1, retry.toMillis()), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /**
     * One background sign-in with the saved session, on the calling thread. Does nothing once signed
     * in, or while the user's password is awaited (only the user can end that), or for another user.
     */
    public synchronized Phase attempt() {
        if (closed || phase == Phase.SIGNED_IN || phase == Phase.OTHER_USER
                || phase == Phase.PASSWORD_NEEDED || phase == Phase.PASSWORD_REFUSED) {
            return phase;
        }
        // first only whether the exchange answers at all: while it does not, the phase stays offline
        // (the status bar does not flicker to "connecting" with every try)
        try {
            client.meta().health();
        } catch (ExchangeException e) {
            return set(Phase.OFFLINE);
        }
        if (tokens.load().isEmpty()) {
            // nothing to refresh with: the password is needed
            return set(Phase.PASSWORD_NEEDED);
        }
        set(Phase.SIGNING_IN);
        try {
            return verified(client.users().me());
        } catch (AuthenticationException e) {
            LOG.info("the exchange refused the saved session ({}); asking for the password", e.code());
            tokens.clear();
            return set(Phase.PASSWORD_NEEDED);
        } catch (NetworkException e) {
            return set(Phase.OFFLINE);
        } catch (ExchangeException e) {
            LOG.info("the exchange did not sign us in now: {}", e.getMessage());
            return set(Phase.OFFLINE);
        }
    }

    /** Signs in as the profile's user with {@code password}, on the calling thread (the prompt's task). */
    public synchronized Phase signIn(String password) {
        if (closed || phase == Phase.SIGNED_IN || phase == Phase.OTHER_USER) {
            return phase;
        }
        set(Phase.SIGNING_IN);
        try {
            client.auth().login(username, password);
            return verified(client.users().me());
        } catch (AuthenticationException | IllegalArgumentException e) {
            return set(Phase.PASSWORD_REFUSED);
        } catch (NetworkException e) {
            return set(Phase.OFFLINE);
        } catch (ExchangeException e) {
            LOG.info("sign-in with the password failed: {}", e.getMessage());
            return set(Phase.OFFLINE);
        }
    }

    private Phase verified(Me me) {
        if (me == null || me.user() == null || !userId.equals(me.user().id())) {
            LOG.warn("the exchange signed in another user than the profile's {}; not syncing", username);
            try {
                client.auth().logout();
            } catch (RuntimeException e) {
                tokens.clear();
            }
            return set(Phase.OTHER_USER);
        }
        try {
            onSignedIn.accept(me);
        } catch (RuntimeException e) {
            LOG.warn("after sign-in", e);
        }
        return set(Phase.SIGNED_IN);
    }

    private Phase set(Phase next) {
        Phase before = phase;
        phase = next;
        if (before != next) {
            for (Consumer<Phase> l : listeners) {
                try {
                    l.accept(next);
                } catch (RuntimeException e) {
                    LOG.warn("a link listener failed", e);
                }
            }
        }
        return next;
    }

    /** Stops trying; the session closes the client itself. */
    @Override
    public void close() {
        closed = true;
        try {
            tokensCleared.close();
        } catch (Exception e) {
            LOG.debug("token listener", e);
        }
        ScheduledExecutorService l;
        synchronized (loopLock) {
            l = loop;
            loop = null;
        }
        if (l != null) {
            l.shutdownNow();
        }
    }
}
