package io.redesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusModelTest {

    @Test
    void startsOfflineWithNoExchangeConfigured() {
        SyncStatus status = new StatusModel().current();

        assertThat(status.connection()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(status.hasExchange()).isFalse();
        assertThat(status.pendingChanges()).isZero();
        assertThat(status.lastSync()).isEmpty();
    }

    @Test
    void listenersHearEveryChangeButNotRepeats() {
        StatusModel model = new StatusModel();
        List<SyncStatus> heard = new ArrayList<>();
        model.subscribe(heard::add);

        model.publish(model.current().connecting("Demo exchange"));
        model.update(s -> s.online("Demo exchange").withPendingChanges(2));
        model.update(s -> s);

        assertThat(heard).extracting(SyncStatus::connection)
                .containsExactly(ConnectionState.CONNECTING, ConnectionState.ONLINE);
        assertThat(model.current().pendingChanges()).isEqualTo(2);
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        StatusModel model = new StatusModel();
        List<SyncStatus> heard = new ArrayList<>();
        StatusModel.Subscription subscription = model.subscribe(heard::add);

        subscription.close();
        model.update(s -> s.withPendingChanges(1));

        assertThat(heard).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopOthers() {
        StatusModel model = new StatusModel();
        List<SyncStatus> heard = new ArrayList<>();
        model.subscribe(s -> {
            throw new IllegalStateException("listener bug");
        });
        model.subscribe(heard::add);

        model.update(s -> s.syncedAt(Instant.EPOCH));

        assertThat(heard).hasSize(1);
    }

    @Test
    void rejectsImpossibleStates() {
        SyncStatus none = SyncStatus.notConfigured();
        assertThatThrownBy(() -> none.withPendingChanges(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new SyncStatus(ConnectionState.ONLINE, Optional.empty(), 0, Optional.empty()))
                .hasMessageContaining("without a configured exchange");
        assertThatThrownBy(() -> none.online(" ")).hasMessageContaining("blank");
    }

    @Test
    void goingOfflineKeepsTheExchange() {
        SyncStatus offline = SyncStatus.notConfigured().online("Demo exchange").offline();

        assertThat(offline.connection()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(offline.exchange()).contains("Demo exchange");
    }
}
