package io.redesk.app.sync.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable picture of sync, published by the engine after every step: whether the exchange is
 * reachable, what the engine is doing, how many changes wait to be sent, how many the exchange refused
 * (kept for the user), how many conflicts are open, when the last full sync finished, and the progress
 * of the current step.
 *
 * @param connection     online, offline or not yet known
 * @param phase          idle, pushing, pulling, or paused (vault locked / stopped)
 * @param pending        outbox entries still to send (including ones waiting for a retry)
 * @param rejected       entries the exchange refused for good, waiting for the user to fix or discard
 * @param openConflicts  conflicts waiting for the user
 * @param lastSync       end of the last cycle that pushed everything it could and pulled to the end
 * @param progressDone   items done in the current phase
 * @param progressTotal  items known in the current phase (0 when unknown, e.g. a pull)
 * @param lastError      the last failure, for the status bar's tooltip
 */
public record SyncState(Connection connection, Phase phase, long pending, long rejected, long openConflicts,
                        Optional<Instant> lastSync, long progressDone, long progressTotal, Optional<String> lastError) {

    /** Reachability of the exchange. */
    public enum Connection { UNKNOWN, ONLINE, OFFLINE }

    /** What the engine is doing. */
    public enum Phase { IDLE, PUSHING, PULLING, PAUSED_LOCKED, STOPPED }

    public SyncState {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(lastSync, "lastSync");
        Objects.requireNonNull(lastError, "lastError");
    }

    public static SyncState initial() {
        return new SyncState(Connection.UNKNOWN, Phase.IDLE, 0, 0, 0, Optional.empty(), 0, 0, Optional.empty());
    }

    public SyncState with(Connection c) {
        return new SyncState(c, phase, pending, rejected, openConflicts, lastSync, progressDone, progressTotal, lastError);
    }

    public SyncState with(Phase p) {
        return new SyncState(connection, p, pending, rejected, openConflicts, lastSync, 0, 0, lastError);
    }

    public SyncState counts(long pendingCount, long rejectedCount, long conflicts) {
        return new SyncState(connection, phase, pendingCount, rejectedCount, conflicts, lastSync, progressDone,
                progressTotal, lastError);
    }

    public SyncState syncedAt(Instant at) {
        return new SyncState(connection, phase, pending, rejected, openConflicts, Optional.of(at), progressDone,
                progressTotal, Optional.empty());
    }

    public SyncState progress(long done, long total) {
        return new SyncState(connection, phase, pending, rejected, openConflicts, lastSync, done, total, lastError);
    }

    public SyncState error(String message) {
        return new SyncState(connection, phase, pending, rejected, openConflicts, lastSync, progressDone, progressTotal,
                Optional.ofNullable(message));
    }

    public boolean online() {
        return connection == Connection.ONLINE;
    }
}
