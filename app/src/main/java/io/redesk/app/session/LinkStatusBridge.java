package io.redesk.app.session;

import io.redesk.app.sync.StatusModel;
import io.redesk.app.sync.SyncStatus;
import java.util.Objects;

/**
 * Publishes a session's sign-in phase ({@link ExchangeLink}) to the status bar: offline is a state of
 * the bar (never an error of the sign-in screen), "connecting" while the background sign-in runs,
 * "signed out" while the password is awaited. The sync engine and the change watcher refine the
 * connection once signed in. Closed with the session. UI-free.
 */
public final class LinkStatusBridge implements AutoCloseable {

    private final AutoCloseable subscription;

    /** Publishes {@code link}'s phase now and on every change to {@code status} under {@code exchangeName}. */
    public LinkStatusBridge(ExchangeLink link, StatusModel status, String exchangeName) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(exchangeName, "exchangeName");
        subscription = link.subscribe(phase -> status.update(s -> apply(s, phase, exchangeName)));
        status.update(s -> apply(s, link.phase(), exchangeName));
    }

    static SyncStatus apply(SyncStatus s, ExchangeLink.Phase phase, String exchange) {
        return switch (phase) {
            case OFFLINE -> s.offline(exchange);
            case SIGNING_IN -> s.connecting(exchange);
            case SIGNED_IN -> s.online(exchange);
            case PASSWORD_NEEDED, PASSWORD_REFUSED, OTHER_USER -> s.signedOut(exchange);
        };
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
