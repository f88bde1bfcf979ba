package io.redesk.app.session;

import io.redesk.app.sync.StatusModel;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.engine.SyncState;
import java.util.Objects;

/**
 * Publishes the sync engine's state to the status bar's {@link StatusModel}: connection, pending
 * changes and last sync. Closed with the session. UI-free.
 */
public final class SyncStatusBridge implements AutoCloseable {

    private final AutoCloseable subscription;
    private SyncState.Connection lastConnection = SyncState.Connection.UNKNOWN;

    /** Follows {@code engine}, publishing to {@code status} under {@code exchangeName}. */
    public SyncStatusBridge(SyncEngine engine, StatusModel status, String exchangeName) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(exchangeName, "exchangeName");
        subscription = engine.subscribe(state -> status.update(s -> follow(s, state, exchangeName)));
    }

    /**
     * Applies the engine's connection only when it changes: the engine republishes its last connection
     * with every count (a change queued offline before its cycle ran), and re-asserting a stale "online"
     * then overwrote the change watcher's fresher "offline" in the status bar.
     */
    private synchronized io.redesk.app.sync.SyncStatus follow(io.redesk.app.sync.SyncStatus s, SyncState state,
                                                              String exchange) {
        SyncState.Connection connection = state.connection();
        SyncState sameConnection = connection == lastConnection ? state.with(SyncState.Connection.UNKNOWN) : state;
        lastConnection = connection;
        return apply(s, sameConnection, exchange);
    }

    static io.redesk.app.sync.SyncStatus apply(io.redesk.app.sync.SyncStatus s, SyncState state, String exchange) {
        io.redesk.app.sync.SyncStatus next = switch (state.connection()) {
            case ONLINE -> s.online(exchange);
            case OFFLINE -> s.hasExchange() ? s.offline() : s;
            case UNKNOWN -> s;
        };
        next = next.withPendingChanges((int) Math.min(Integer.MAX_VALUE, state.pending()));
        if (state.lastSync().isPresent()) {
            next = next.syncedAt(state.lastSync().get());
        }
        return next;
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
