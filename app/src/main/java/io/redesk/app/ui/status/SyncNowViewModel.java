package io.redesk.app.ui.status;

import io.redesk.app.session.ExchangeLink;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.app.ui.i18n.I18n;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Sync now": runs a cycle when signed in; otherwise asks the {@link ExchangeLink} to sign in first
 * (never a cycle without a session, which the exchange would refuse). What came of it is said plainly:
 * offline is "offline, your changes are kept", not an error; a missing password points at the prompt.
 * The message clears as soon as the exchange is reached. Never touches nodes.
 */
public final class SyncNowViewModel {

    private final SyncEngine engine;
    private final Optional<ExchangeLink> link;
    private final I18n i18n;
    private final String exchange;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<SyncState> state;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Follows {@code engine} (and {@code link}, if the session has one); updates land through {@code uiThread}. */
    public SyncNowViewModel(SyncEngine engine, Optional<ExchangeLink> link, String exchange, I18n i18n, Executor uiThread) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.link = Objects.requireNonNull(link, "link");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        state = new ReadOnlyObjectWrapper<>(this, "state", engine.state());
        engine.subscribe(s -> uiThread.execute(() -> {
            state.set(s);
            if (s.online()) {
                message.set("");
            }
        }));
        link.ifPresent(l -> l.subscribe(phase -> uiThread.execute(() -> {
            if (phase == ExchangeLink.Phase.SIGNED_IN) {
                message.set("");
            }
        })));
    }

    /** Syncs now (off the UI thread); the outcome lands in {@link #messageProperty()}. */
    public void syncNow() {
        message.set("");
        ExchangeLink l = link.orElse(null);
        if (l != null && l.phase() != ExchangeLink.Phase.SIGNED_IN) {
            if (l.phase() != ExchangeLink.Phase.OFFLINE && l.phase() != ExchangeLink.Phase.SIGNING_IN) {
                message.set(i18n.text("status.syncSignIn"));
                return;
            }
            CompletableFuture.supplyAsync(l::attempt).whenComplete((phase, failure) -> uiThread.execute(() -> {
                if (failure != null || phase == ExchangeLink.Phase.OFFLINE) {
                    message.set(i18n.text("status.syncOffline", exchangeText()));
                } else if (phase != ExchangeLink.Phase.SIGNED_IN && phase != ExchangeLink.Phase.SIGNING_IN) {
                    message.set(i18n.text("status.syncSignIn"));
                }
            }));
            return;
        }
        engine.syncNow().whenComplete((after, failure) -> uiThread.execute(() -> {
            if (failure != null || after.connection() == SyncState.Connection.OFFLINE) {
                message.set(i18n.text("status.syncOffline", exchangeText()));
            }
        }));
    }

    private String exchangeText() {
        return io.redesk.app.session.DemoExchange.NAME.equals(exchange) ? i18n.text("status.demoExchange") : exchange;
    }

    /** The engine's latest state, on the UI thread (progress while a cycle runs). */
    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the last "Sync now" came to, when it needs saying (offline, password needed); else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
