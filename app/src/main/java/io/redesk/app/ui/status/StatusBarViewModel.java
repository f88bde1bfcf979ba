package io.redesk.app.ui.status;

import io.redesk.app.sync.ConnectionState;
import io.redesk.app.sync.StatusModel;
import io.redesk.app.sync.SyncStatus;
import io.redesk.app.ui.i18n.I18n;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Adapts the UI-free {@link StatusModel} to JavaFX properties and localised texts for the status bar.
 *
 * <p>The sync engine publishes from any thread; this view-model hops to the UI thread through
 * {@code uiThread} (FX: {@code Platform::runLater}; tests: direct) and re-reads the latest status.
 */
public final class StatusBarViewModel implements AutoCloseable {

    private final ReadOnlyObjectWrapper<SyncStatus> status;
    private final StatusModel.Subscription subscription;
    private final StringBinding connectionText;
    private final StringBinding pendingText;
    private final StringBinding lastSyncText;

    /** Follows {@code model}, applying its changes on {@code uiThread}. */
    public StatusBarViewModel(StatusModel model, I18n i18n, Executor uiThread) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(uiThread, "uiThread");
        status = new ReadOnlyObjectWrapper<>(this, "status", model.current());
        subscription = model.subscribe(changed -> uiThread.execute(() -> status.set(model.current())));
        connectionText = Bindings.createStringBinding(() -> connectionText(i18n, status.get()),
                status, i18n.languageProperty());
        pendingText = Bindings.createStringBinding(
                () -> pendingText(i18n, status.get()),
                status, i18n.languageProperty());
        lastSyncText = Bindings.createStringBinding(
                () -> status.get().lastSync()
                        .map(at -> i18n.text("status.lastSync", i18n.formats().dateTime(at)))
                        .orElseGet(() -> i18n.text("status.neverSynced")),
                status, i18n.languageProperty());
    }

    /** "1 pending change", or with unsent drafts "No pending changes · 1 local draft not sent" (ADR 0811). */
    private static String pendingText(I18n i18n, SyncStatus s) {
        String queued = i18n.text("status.pending", s.pendingChanges(),
                i18n.formats().number(BigDecimal.valueOf(s.pendingChanges())));
        if (s.localDrafts() == 0) {
            return queued;
        }
        return queued + " · " + i18n.text("status.localDrafts", s.localDrafts(),
                i18n.formats().number(BigDecimal.valueOf(s.localDrafts())));
    }

    private static String connectionText(I18n i18n, SyncStatus s) {
        if (s.exchange().isEmpty()) {
            return i18n.text("status.noExchange");
        }
        // the built-in demo's name is the app's own text, so it follows the language; a real exchange is its host
        String exchange = io.redesk.app.session.DemoExchange.NAME.equals(s.exchange().get())
                ? i18n.text("status.demoExchange") : s.exchange().get();
        ConnectionState state = s.connection();
        return switch (state) {
            case ONLINE -> i18n.text("status.online", exchange);
            case CONNECTING -> i18n.text("status.connecting", exchange);
            case OFFLINE -> i18n.text("status.offline", exchange);
            case SIGNED_OUT -> i18n.text("status.signedOut", exchange);
        };
    }

    /** The latest status, on the UI thread. */
    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Online · Demo exchange", "Offline · no exchange configured", ... */
    public StringBinding connectionText() {
        return connectionText;
    }

    /** "3 pending changes". */
    public StringBinding pendingText() {
        return pendingText;
    }

    /** "Last sync: 27 Nov 2026, 15:30" or "Never synced". */
    public StringBinding lastSyncText() {
        return lastSyncText;
    }

    /** Stops following the model. */
    @Override
    public void close() {
        subscription.close();
    }
}
