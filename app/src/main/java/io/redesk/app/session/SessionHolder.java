package io.redesk.app.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current session, if someone is signed in. Views read it; the sign-in screen sets it; signing out
 * closes it. Listeners hear every change (a new session or none) on the thread that made it. UI-free.
 */
public final class SessionHolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionHolder.class);

    private volatile Session current;
    private final List<Consumer<Optional<Session>>> listeners = new CopyOnWriteArrayList<>();

    /** The signed-in session. */
    public Optional<Session> current() {
        return Optional.ofNullable(current);
    }

    /** The signed-in session; throws if nobody is signed in (views exist only after sign-in). */
    public Session require() {
        Session s = current;
        if (s == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return s;
    }

    /** Makes {@code session} current, closing any previous one. */
    public void start(Session session) {
        Objects.requireNonNull(session, "session");
        Session previous;
        synchronized (this) {
            previous = current;
            current = session;
        }
        if (previous != null && previous != session) {
            previous.close();
        }
        notifyListeners();
    }

    /** Signs out: closes the session (vault locked, tokens forgotten). */
    public void signOut() {
        end(Session::close);
    }

    /** Quits (the app closes): the session ends without signing out at the exchange ({@link Session#quit}). */
    public void quit() {
        end(Session::quit);
    }

    private void end(Consumer<Session> how) {
        Session previous;
        synchronized (this) {
            previous = current;
            current = null;
        }
        if (previous != null) {
            how.accept(previous);
            notifyListeners();
        }
    }

    /** Calls {@code listener} after each change until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<Optional<Session>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    private void notifyListeners() {
        Optional<Session> now = current();
        for (Consumer<Optional<Session>> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("a session listener failed", e);
            }
        }
    }

    /** Quits: the app is closing (the user did not sign out). */
    @Override
    public void close() {
        quit();
    }
}
