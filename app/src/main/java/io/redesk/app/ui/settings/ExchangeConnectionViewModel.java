package io.redesk.app.ui.settings;

import io.redesk.app.session.ExchangeSettings;
import io.redesk.app.session.ExchangeSettingsStore;
import io.redesk.app.session.SignInService;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings page's exchange connection: the built-in demo exchange, or a URL with its certificate
 * pin. Checked with the SDK's own rules before saving; the change applies from the next sign-in (the
 * current session keeps its connection, so nothing in flight is cut off).
 */
public final class ExchangeConnectionViewModel {

    private final ExchangeSettingsStore store;
    private final SignInService signIn;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final BooleanProperty builtInDemo = new SimpleBooleanProperty(this, "builtInDemo", true);
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Runnable onSaved = () -> { };

    /** Shows the saved settings; {@code loadProblem} explains a saved file that could not be used. */
    public ExchangeConnectionViewModel(ExchangeSettingsStore store, SignInService signIn, TaskExecutor executor,
                                       I18n i18n, Optional<String> loadProblem) {
        this.store = Objects.requireNonNull(store, "store");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        ExchangeSettings current = signIn.settings();
        builtInDemo.set(current.isBuiltInDemo());
        url.set(current.url().orElse(""));
        pin.set(current.pin().orElse(""));
        loadProblem.ifPresent(p -> error.set(i18n.text("settings.exchange.loadProblem", p)));
    }

    /** Validates and saves; the next sign-in uses the new connection. */
    public boolean save() {
        error.set("");
        message.set("");
        ExchangeSettings settings;
        if (builtInDemo.get()) {
            settings = ExchangeSettings.builtInDemo();
        } else {
            if (url.get() == null || url.get().isBlank()) {
                error.set(i18n.text("settings.exchange.urlEmpty"));
                return false;
            }
            try {
                settings = ExchangeSettings.configured(url.get(), pin.get());
            } catch (IllegalArgumentException e) {
                error.set(i18n.text("settings.exchange.invalid", e.getMessage()));
                return false;
            }
        }
        signIn.useSettings(settings);
        onSaved.run();
        executor.execute(BackgroundTask.<Void>of("save-exchange-settings", ctx -> {
            store.save(settings);
            return null;
        }).onSuccess(v -> message.set(i18n.text("settings.exchange.saved")))
                .onFailure(e -> error.set(i18n.text("settings.exchange.saveFailed", String.valueOf(e.getMessage())))));
        return true;
    }

    /** Runs after each accepted change (the sign-in screen shows the new exchange at once). */
    public ExchangeConnectionViewModel onSaved(Runnable action) {
        this.onSaved = Objects.requireNonNull(action, "action");
        return this;
    }

    public BooleanProperty builtInDemoProperty() {
        return builtInDemo;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
