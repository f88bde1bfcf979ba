package io.redesk.app.ui.signin;

import io.redesk.app.session.ExchangeLink;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The desk's non-modal "sign in again" prompt: shown while the session's {@link ExchangeLink} waits for
 * the user's password (the exchange refused the saved session) or refuses another user; the desk stays
 * usable beneath it. The sign-in runs on the task executor; the prompt hides once signed in. Never
 * touches nodes.
 */
public final class SignInAgainViewModel implements AutoCloseable {

    private final ExchangeLink link;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final String exchange;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyBooleanWrapper askPassword = new ReadOnlyBooleanWrapper(this, "askPassword", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final AutoCloseable subscription;

    /**
     * Follows {@code link}; its phases (from any thread) are applied through {@code uiThread}.
     *
     * @param exchange the exchange's display name, for the prompt
     */
    public SignInAgainViewModel(ExchangeLink link, String exchange, TaskExecutor executor, I18n i18n, Executor uiThread) {
        this.link = Objects.requireNonNull(link, "link");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(uiThread, "uiThread");
        subscription = link.subscribe(phase -> uiThread.execute(() -> show(link.phase())));
        password.addListener((obs, old, now) -> error.set(""));
        i18n.languageProperty().addListener((obs, old, now) -> show(link.phase()));
        show(link.phase());
    }

    private void show(ExchangeLink.Phase phase) {
        showing.set(phase == ExchangeLink.Phase.PASSWORD_NEEDED || phase == ExchangeLink.Phase.PASSWORD_REFUSED
                || phase == ExchangeLink.Phase.OTHER_USER || (busy.get() && phase == ExchangeLink.Phase.SIGNING_IN));
        askPassword.set(phase != ExchangeLink.Phase.OTHER_USER);
        message.set(phase == ExchangeLink.Phase.OTHER_USER ? i18n.text("link.otherUser", link.username())
                : i18n.text("link.prompt", exchange));
        if (phase == ExchangeLink.Phase.PASSWORD_REFUSED) {
            error.set(i18n.text("link.refused"));
        } else if (phase == ExchangeLink.Phase.SIGNED_IN || phase == ExchangeLink.Phase.OTHER_USER) {
            error.set("");
        }
    }

    /** Signs in with the typed password in the background; the password is cleared from the form. */
    public void signIn() {
        String typed = password.get() == null ? "" : password.get();
        if (busy.get()) {
            return;
        }
        if (typed.isEmpty()) {
            error.set(i18n.text("signin.error.passwordEmpty"));
            return;
        }
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.<ExchangeLink.Phase>of("sign-in-again", ctx -> link.signIn(typed))
                .onSuccess(phase -> {
                    busy.set(false);
                    password.set("");
                    show(phase);
                    if (phase == ExchangeLink.Phase.OFFLINE) {
                        error.set(i18n.text("status.syncOffline", exchange));
                    }
                }).onFailure(e -> {
                    busy.set(false);
                    error.set(i18n.text("signin.error.unexpected", String.valueOf(e.getMessage())));
                }));
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether the prompt is shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Whether it asks for the password (not for another user: no password can fix that). */
    public ReadOnlyBooleanProperty askPasswordProperty() {
        return askPassword.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The password field's label: "Password for broker.alice". */
    public String passwordLabel() {
        return i18n.text("link.password", link.username());
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
