package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.ConnectionState;
import io.redesk.app.sync.SyncStatus;
import io.redesk.app.sync.engine.SyncState;
import org.junit.jupiter.api.Test;

/** The status bar follows the sync engine without undoing what the change watcher saw more recently. */
class SyncStatusBridgeTest {

    private final SyncStatusBridge.Follower follower = new SyncStatusBridge.Follower();

    @Test
    void aChangeQueuedOfflineKeepsTheBarOfflineUntilTheEngineItselfSaysOtherwise() {
        SyncStatus s = follower.next(SyncStatus.notConfigured().online("x"), online(0), "x");
        assertThat(s.connection()).isEqualTo(ConnectionState.ONLINE);
        // the change watcher noticed first that the exchange is gone
        s = s.offline();

        // a change is queued: the engine republishes its last (stale) connection with the new count
        s = follower.next(s, online(1), "x");
        assertThat(s.connection()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(s.pendingChanges()).isEqualTo(1);

        s = follower.next(s, online(1).with(SyncState.Connection.OFFLINE), "x");
        assertThat(s.connection()).isEqualTo(ConnectionState.OFFLINE);
        s = follower.next(s, online(0), "x");
        assertThat(s.connection()).isEqualTo(ConnectionState.ONLINE);
        assertThat(s.pendingChanges()).isZero();
    }

    private static SyncState online(long pending) {
        return SyncState.initial().with(SyncState.Connection.ONLINE).counts(pending, 0, 0);
    }
}
