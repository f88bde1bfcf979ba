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
    private final Follower follower = new Follower();

    /** Follows {@code engine}, publishing to {@code status} under {@code exchangeName}. */
    public SyncStatusBridge(SyncEngine engine, StatusModel status, String exchangeName) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(exchangeName, "exchangeName");
        subscription = engine.subscribe(state -> status.update(s -> follower.next(s, state, exchangeName)));
    }

    /**
     * Applies the engine's states in order, its connection only when it changes: the engine republishes
     * its last connection with every count (a change queued offline before its cycle ran), and
     * re-asserting a stale "online" overwrote the change watcher's fresher "offline" in the status bar.
     */
    static final class Follower {
        private SyncState.Connection last = SyncState.Connection.UNKNOWN;

        synchronized io.redesk.app.sync.SyncStatus next(io.redesk.app.sync.SyncStatus s, SyncState state, String exchange) {
            SyncState.Connection connection = state.connection();
            SyncState applied = connection == last ? state.with(SyncState.Connection.UNKNOWN) : state;
            last = connection;
            return apply(s, applied, exchange);
        }
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
