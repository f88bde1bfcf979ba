package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.ConnectionState;
import io.redesk.app.sync.SyncStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusBridgeTest {

    private static SyncState state(SyncState.Connection c, long pending, long rejected, Instant last) {
        return new SyncState(c, SyncState.Phase.IDLE, pending, rejected, 0, Optional.ofNullable(last), 0, 0,
                Optional.empty());
    }

    @Test
    void offlineWithPendingChangesKeepsTheExchangeNameAndLastSync() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        SyncStatus s = StatusBridge.toStatus(state(SyncState.Connection.OFFLINE, 4, 0, at), "Demo exchange");
        assertThat(s.connection()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(s.exchange()).contains("Demo exchange");
        assertThat(s.pendingChanges()).isEqualTo(4);
        assertThat(s.lastSync()).contains(at);
    }

    @Test
    void rejectedChangesStillCountAsNotThrough() {
        SyncStatus s = StatusBridge.toStatus(state(SyncState.Connection.ONLINE, 0, 2, null), "X");
        assertThat(s.connection()).isEqualTo(ConnectionState.ONLINE);
        assertThat(s.pendingChanges()).isEqualTo(2);
        assertThat(s.lastSync()).isEmpty();
    }

    @Test
    void unknownReachabilityShowsAsConnecting() {
        assertThat(StatusBridge.toStatus(SyncState.initial(), "X").connection()).isEqualTo(ConnectionState.CONNECTING);
    }
}
