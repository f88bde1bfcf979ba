package io.redesk.app.sync.engine;

import io.redesk.app.sync.StatusModel;
import io.redesk.app.sync.SyncStatus;
import java.util.Objects;

/**
 * Publishes the engine's {@link SyncState} to the shell's status bar model ({@link StatusModel}):
 * connection (unknown shows as connecting), pending changes, last sync. Rejected changes and open
 * conflicts are counted into "pending" too: they are changes of the user's that have not reached the
 * exchange, and the status bar must not claim everything is through while they wait.
 */
public final class StatusBridge implements AutoCloseable {

    private final AutoCloseable subscription;

    private StatusBridge(AutoCloseable subscription) {
        this.subscription = subscription;
    }

    /** Mirrors every state of {@code engine} into {@code model}, starting with the current one. */
    public static StatusBridge connect(SyncEngine engine, StatusModel model, String exchangeName) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(exchangeName, "exchangeName");
        StatusBridge b = new StatusBridge(engine.subscribe(s -> model.publish(toStatus(s, exchangeName))));
        model.publish(toStatus(engine.state(), exchangeName));
        return b;
    }

    /** The status bar's picture of one engine state. */
    public static SyncStatus toStatus(SyncState s, String exchangeName) {
        SyncStatus base = SyncStatus.notConfigured();
        SyncStatus st = switch (s.connection()) {
            case ONLINE -> base.online(exchangeName);
            case OFFLINE -> base.online(exchangeName).offline();
            case UNKNOWN -> base.connecting(exchangeName);
        };
        long waiting = s.pending() + s.rejected();
        st = st.withPendingChanges((int) Math.min(Integer.MAX_VALUE, waiting));
        return s.lastSync().map(st::syncedAt).orElse(st);
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not unsubscribe from the sync engine", e);
        }
    }
}
