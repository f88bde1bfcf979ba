package io.redesk.app.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.sync.StatusModel;
import io.redesk.app.ui.i18n.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final I18n i18n = new I18n(Language.ENGLISH,
            language -> new LocaleFormats(language.formatLocale(null), ZoneId.of("Asia/Shanghai")));
    private final StatusModel model = new StatusModel();

    @Test
    void showsOfflineWithNoExchangeBeforeAnythingIsConfigured() {
        StatusBarViewModel bar = new StatusBarViewModel(model, i18n, Runnable::run);

        assertThat(bar.connectionText().get()).isEqualTo("Offline · no exchange configured");
        assertThat(bar.pendingText().get()).isEqualTo("No pending changes");
        assertThat(bar.lastSyncText().get()).isEqualTo("Never synced");
    }

    @Test
    void followsWhatTheSyncEnginePublishesInTheCurrentLanguage() {
        StatusBarViewModel bar = new StatusBarViewModel(model, i18n, Runnable::run);

        model.update(s -> s.online("Demo exchange").withPendingChanges(1234).syncedAt(Instant.parse("2026-11-27T07:30:00Z")));

        assertThat(bar.connectionText().get()).isEqualTo("Online · Demo exchange");
        assertThat(bar.pendingText().get()).isEqualTo("1,234 pending changes");
        assertThat(bar.lastSyncText().get()).startsWith("Last sync Nov 27, 2026").contains("3:30");

        i18n.setLanguage(Language.CHINESE);

        assertThat(bar.connectionText().get()).isEqualTo("在线 · 演示交易中心");
        assertThat(bar.pendingText().get()).isEqualTo("待同步的更改：1,234 项");
        assertThat(bar.lastSyncText().get()).isEqualTo("上次同步：2026年11月27日 下午3:30");
    }

    @Test
    void appliesChangesOnlyOnTheUiThread() {
        List<Runnable> uiQueue = new ArrayList<>();
        Executor uiThread = uiQueue::add;
        StatusBarViewModel bar = new StatusBarViewModel(model, i18n, uiThread);

        model.publish(model.current().connecting("Demo exchange"));

        assertThat(bar.connectionText().get()).isEqualTo("Offline · no exchange configured");
        uiQueue.forEach(Runnable::run);
        assertThat(bar.connectionText().get()).isEqualTo("Connecting to Demo exchange…");
    }

    @Test
    void stopsFollowingWhenClosed() {
        StatusBarViewModel bar = new StatusBarViewModel(model, i18n, Runnable::run);

        bar.close();
        model.update(s -> s.withPendingChanges(5));

        assertThat(bar.statusProperty().get().pendingChanges()).isZero();
    }
}
