package io.redesk.app.ui.signin;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.ExchangeSettings;
import io.redesk.app.session.Session;
import io.redesk.app.session.SessionHolder;
import io.redesk.app.session.SignInException;
import io.redesk.app.session.SignInRequest;
import io.redesk.app.session.SignInService;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.store.crypto.CryptoSuite;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The unlock / sign-in screen's state: which local profile (existing, or a new one with a crypto
 * suite and a confirmed passphrase), which exchange user (needed for a new profile only: an existing one
 * opens with its passphrase alone, offline too), validation in the user's language, and the sign-in
 * itself on the task executor. Each message clears when what it is about changes. On success the session becomes current in the
 * {@link SessionHolder}; on failure the exchange's or the vault's reason is shown, field by field
 * where it belongs. Never touches nodes.
 *
 * <p>Size (~445 lines): the sign-in screen's three modes (first run, new profile, unlock) share their fields and validation; its work is in the UI-free {@code SignInService}.
 */
public final class SignInViewModel {

    /** Shortest passphrase accepted for a new vault. */
    public static final int MIN_PASSPHRASE = 8;

    /** The vault passphrase of profiles made by {@link #signInDemo} (demo data only, like the demo password). */
    public static final String DEMO_PROFILE_PASSPHRASE = "redesk-demo-profile";

    private final SignInService service;
    private final SessionHolder sessions;
    private final TaskExecutor executor;
    private final I18n i18n;

    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<String> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObservableList<String> demoUsers = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<String> demoUsersView = FXCollections.unmodifiableObservableList(demoUsers);
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "");
    private final BooleanProperty createProfile = new SimpleBooleanProperty(this, "createProfile", false);
    private final ObjectProperty<CryptoSuite> suite = new SimpleObjectProperty<>(this, "suite", CryptoSuite.INTERNATIONAL);
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty passphraseConfirm = new SimpleStringProperty(this, "passphraseConfirm", "");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");

    private final ReadOnlyStringWrapper profileError = new ReadOnlyStringWrapper(this, "profileError", "");
    private final ReadOnlyStringWrapper passphraseError = new ReadOnlyStringWrapper(this, "passphraseError", "");
    private final ReadOnlyStringWrapper confirmError = new ReadOnlyStringWrapper(this, "confirmError", "");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper passphraseHelp = new ReadOnlyStringWrapper(this, "passphraseHelp", "");
    private final ReadOnlyStringWrapper updateNotice = new ReadOnlyStringWrapper(this, "updateNotice", "");
    private io.redesk.sdk.model.ClientRelease announced;
    private final ReadOnlyStringWrapper usernameError = new ReadOnlyStringWrapper(this, "usernameError", "");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper exchangeText = new ReadOnlyStringWrapper(this, "exchangeText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo", true);

    /** A view-model signing in through {@code service} into {@code sessions}. */
    public SignInViewModel(SignInService service, SessionHolder sessions, TaskExecutor executor, I18n i18n) {
        this.service = Objects.requireNonNull(service, "service");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        refresh();
        i18n.languageProperty().addListener((obs, old, now) -> refreshExchangeText());
        // a message goes when what it is about changes: the field it sits under is edited, or the choice
        // of profile or exchange that made the whole sign-in fail
        clearOnChange(profileError, profile, createProfile);
        clearOnChange(passphraseError, passphrase, createProfile);
        clearOnChange(confirmError, passphrase, passphraseConfirm, createProfile);
        // the heading and the passphrase rule follow the mode: a first run has nothing to unlock yet
        createProfile.addListener((obs, old, now) -> refreshTexts());
        profiles.addListener((javafx.collections.ListChangeListener<String>) c -> refreshTexts());
        i18n.languageProperty().addListener((obs, old, now) -> {
            refreshTexts();
            refreshUpdateNotice();
        });
        refreshTexts();
        checkForUpdate();
        clearOnChange(usernameError, username, createProfile);
        clearOnChange(passwordError, password, createProfile);
        clearOnChange(error, profile, createProfile, username, password, passphrase);
    }

    private static void clearOnChange(ReadOnlyStringWrapper message, javafx.beans.value.ObservableValue<?>... causes) {
        for (javafx.beans.value.ObservableValue<?> cause : causes) {
            cause.addListener((obs, old, now) -> message.set(""));
        }
    }

    /** Re-reads the profiles and the configured exchange (after the settings page changed it). */
    public void refresh() {
        profiles.setAll(service.profiles());
        ExchangeSettings s = service.settings();
        demo.set(s.isBuiltInDemo());
        demoUsers.setAll(s.isBuiltInDemo() ? DemoExchange.usernames() : java.util.List.of());
        if (profile.get().isBlank()) {
            if (profiles.isEmpty()) {
                createProfile.set(true);
            } else {
                profile.set(profiles.get(0));
                createProfile.set(false);
            }
        } else {
            createProfile.set(!profiles.contains(profile.get().trim()));
        }
        refreshExchangeText();
    }

    private String stepText(SignInService.Step step) {
        return switch (step) {
            case STARTING_DEMO -> i18n.text(key("signin.step.STARTING_DEMO"));
            case SIGNING_IN -> i18n.text(key("signin.step.SIGNING_IN"));
            case CREATING_VAULT -> i18n.text(key("signin.step.CREATING_VAULT"));
            case OPENING_VAULT -> i18n.text(key("signin.step.OPENING_VAULT"));
        };
    }

    private void refreshTexts() {
        title.set(profiles.isEmpty() ? i18n.text(key("signin.title.firstRun"))
                : createProfile.get() ? i18n.text(key("signin.title.create")) : i18n.text(key("signin.title")));
        passphraseHelp.set(createProfile.get() ? i18n.text("signin.passphrase.help.create", MIN_PASSPHRASE)
                : i18n.text("signin.passphrase.help.unlock"));
    }

    /** Asks the configured exchange, in the background, whether a newer client is announced. */
    private void checkForUpdate() {
        executor.execute(BackgroundTask.<java.util.Optional<io.redesk.sdk.model.ClientRelease>>of("update-check",
                ctx -> service.newerClient()).onSuccess(release -> {
                    announced = release.orElse(null);
                    refreshUpdateNotice();
                }));
    }

    private void refreshUpdateNotice() {
        updateNotice.set(announced == null ? "" : i18n.text(key("signin.update"), announced.latestVersion(),
                announced.downloadUrl(), io.redesk.app.env.AppVersion.current()));
    }

    /** The exchange connection was changed on this screen: the exchange line and demo users follow it. */
    public void exchangeChanged() {
        error.set("");
        refresh();
        announced = null;
        refreshUpdateNotice();
        checkForUpdate();
    }

    private void refreshExchangeText() {
        ExchangeSettings s = service.settings();
        exchangeText.set(s.isBuiltInDemo() ? i18n.text("signin.exchange.demo")
                : i18n.text("signin.exchange.configured", s.url().orElse("")));
    }

    /** Fills in a demo user and its password, and proposes a profile of the same name. */
    public void pickDemoUser(String user) {
        if (user == null || user.isBlank()) {
            return;
        }
        username.set(user);
        password.set(DemoExchange.password());
        if (profiles.contains(user)) {
            profile.set(user);
            createProfile.set(false);
        } else {
            profile.set(user);
            createProfile.set(true);
        }
    }

    /**
     * Signs a demo user in without typing (the {@code --demo-user} flag): profile of the user's name,
     * created on first use with a fixed demo passphrase. Refused unless the built-in demo is used.
     */
    public void signInDemo(String user, Consumer<Session> onSignedIn) {
        if (!demo.get()) {
            error.set(i18n.text("signin.error.demoOnly"));
            return;
        }
        pickDemoUser(user);
        passphrase.set(DEMO_PROFILE_PASSPHRASE);
        passphraseConfirm.set(DEMO_PROFILE_PASSPHRASE);
        signIn(onSignedIn);
    }

    /** Chooses an existing profile to unlock. */
    public void chooseProfile(String name) {
        if (name != null) {
            profile.set(name);
            createProfile.set(!profiles.contains(name));
        }
    }

    /** Checks every field and shows each problem beside its field; true if all are fine. */
    public boolean validate() {
        String p = profile.get() == null ? "" : profile.get().trim();
        if (p.isEmpty()) {
            profileError.set(i18n.text("signin.error.profileEmpty"));
        } else if (!p.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") || p.contains("..")) {
            profileError.set(i18n.text("signin.error.profileName"));
        } else if (createProfile.get() && profiles.contains(p)) {
            profileError.set(i18n.text("signin.error.profileExists", p));
        } else if (!createProfile.get() && !profiles.contains(p)) {
            profileError.set(i18n.text("signin.error.noSuchProfile", p));
        } else {
            profileError.set("");
        }
        String pass = passphrase.get() == null ? "" : passphrase.get();
        if (pass.isEmpty()) {
            passphraseError.set(i18n.text("signin.error.passphraseEmpty"));
        } else if (createProfile.get() && pass.length() < MIN_PASSPHRASE) {
            passphraseError.set(i18n.text("signin.error.passphraseShort", MIN_PASSPHRASE));
        } else {
            passphraseError.set("");
        }
        // a mismatch is about the repeated passphrase: it sits under that field
        confirmError.set(createProfile.get() && !pass.isEmpty() && !pass.equals(passphraseConfirm.get())
                ? i18n.text("signin.error.passphraseMismatch") : "");
        // an existing profile opens with its passphrase alone (ADR 0800): the exchange login is optional
        boolean loginNeeded = createProfile.get();
        usernameError.set(loginNeeded && (username.get() == null || username.get().isBlank())
                ? i18n.text("signin.error.usernameEmpty") : "");
        passwordError.set(loginNeeded && (password.get() == null || password.get().isEmpty())
                ? i18n.text("signin.error.passwordEmpty") : "");
        return profileError.get().isEmpty() && passphraseError.get().isEmpty() && confirmError.get().isEmpty()
                && usernameError.get().isEmpty() && passwordError.get().isEmpty();
    }

    /** Validates, then signs in off the UI thread; {@code onSignedIn} runs with the new session. */
    public void signIn(Consumer<Session> onSignedIn) {
        error.set("");
        if (busy.get() || !validate()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        SignInRequest request = new SignInRequest(profile.get().trim(), createProfile.get(), suite.get(), secret,
                username.get() == null ? "" : username.get().trim(), password.get() == null ? "" : password.get());
        busy.set(true);
        stepText.set(stepText(SignInService.Step.SIGNING_IN));
        SignInService.Step[] stepsInOrder = SignInService.Step.values();
        executor.execute(BackgroundTask.<Session>of("sign-in", ctx -> {
            try {
                // each long step is reported as "step k of n", which the screen names in words
                return service.signIn(request, step -> ctx.progress(step.ordinal(), stepsInOrder.length));
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onProgress(p -> stepText.set(stepText(stepsInOrder[(int) p.done()])))
        .onSuccess(session -> {
            busy.set(false);
            stepText.set("");
            passphrase.set("");
            passphraseConfirm.set("");
            password.set("");
            sessions.start(session);
            onSignedIn.accept(session);
        }).onFailure(failure -> {
            busy.set(false);
            stepText.set("");
            showFailure(failure);
        }));
    }

    private void showFailure(Throwable failure) {
        if (!(failure instanceof SignInException e)) {
            error.set(i18n.text("signin.error.unexpected", String.valueOf(failure.getMessage())));
            return;
        }
        switch (e.reason()) {
            case BAD_PROFILE_NAME -> profileError.set(i18n.text("signin.error.profileName"));
            case PROFILE_EXISTS -> profileError.set(i18n.text("signin.error.profileExists", profile.get()));
            case NO_SUCH_PROFILE -> profileError.set(i18n.text("signin.error.noSuchProfile", profile.get()));
            case WRONG_PASSPHRASE -> passphraseError.set(i18n.text("signin.error.wrongPassphrase",
                    e.retryAfterSeconds().orElse(0L)));
            case UNLOCK_THROTTLED -> passphraseError.set(i18n.text("signin.error.throttled",
                    e.retryAfterSeconds().orElse(1L)));
            case VAULT_DAMAGED -> error.set(i18n.text("signin.error.vaultDamaged", String.valueOf(e.getMessage())));
            case WRONG_CREDENTIALS -> passwordError.set(i18n.text("signin.error.credentials"));
            case EXCHANGE_UNREACHABLE, FIRST_SIGN_IN_NEEDS_EXCHANGE -> {
                if (createProfile.get() || !password.get().isEmpty()) {
                    error.set(i18n.text("signin.error.unreachable", exchangeText.get()));
                } else {
                    error.set(i18n.text("signin.error.firstSignIn", profile.get()));
                }
            }
            case OTHER_EXCHANGE -> error.set(i18n.text("signin.error.otherExchange", profile.get(),
                    exchangeName(e.getMessage()), exchangeText.get()));
            case OTHER_USER -> usernameError.set(i18n.text("signin.error.otherUser", profile.get(), e.getMessage()));
            case EXCHANGE_ERROR -> error.set(i18n.text("signin.error.exchange", String.valueOf(e.getMessage())));
            case DEMO_FAILED -> error.set(i18n.text("signin.error.demo", String.valueOf(e.getMessage())));
        }
    }

    private String exchangeName(String exchange) {
        return DemoExchange.NAME.equals(exchange) ? i18n.text("signin.exchange.demo") : exchange;
    }

    public ObservableList<String> profiles() {
        return profilesView;
    }

    /**
     * How the pick list shows demo user {@code username}: "broker.alice — Alice Wang, Huatai Re Brokers
     * (Broker)", the role in the user's language, so a newcomer knows whom to pick for which desk.
     */
    public String describeDemoUser(String username) {
        if (username == null) {
            return "";
        }
        return DemoExchange.users().stream().filter(u -> u.username().equals(username)).findFirst()
                .map(u -> i18n.text("signin.demoUser.row", u.username(), u.displayName(), u.organisation(),
                        SessionBadge.roleText(i18n, io.redesk.sdk.model.party.Role.valueOf(u.role()))))
                .orElse(username);
    }

    /** Demo users offered as a pick list (empty unless the built-in demo exchange is used). */
    public ObservableList<String> demoUsers() {
        return demoUsersView;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public BooleanProperty createProfileProperty() {
        return createProfile;
    }

    public ObjectProperty<CryptoSuite> suiteProperty() {
        return suite;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseConfirmProperty() {
        return passphraseConfirm;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty profileErrorProperty() {
        return profileError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passphraseErrorProperty() {
        return passphraseError.getReadOnlyProperty();
    }

    /** A mismatch between the passphrase and its repetition, shown under the repetition. */
    public ReadOnlyStringProperty confirmErrorProperty() {
        return confirmError.getReadOnlyProperty();
    }

    /** What the sign-in is doing now ("Starting the demo exchange…"), empty when idle. */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** The heading: a first run sets ReDesk up, a new profile is created, an existing one unlocked. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the passphrase is (and, for a new vault, its rule), shown under the field before any try. */
    public ReadOnlyStringProperty passphraseHelpProperty() {
        return passphraseHelp.getReadOnlyProperty();
    }

    /** "ReDesk 0.2.0 is available …" when the exchange announces a newer client; empty otherwise. */
    public ReadOnlyStringProperty updateNoticeProperty() {
        return updateNotice.getReadOnlyProperty();
    }

    /** "ReDesk 0.1.0", for the screen's corner. */
    public String versionText() {
        return i18n.text("signin.version", io.redesk.app.env.AppVersion.current());
    }

    public ReadOnlyStringProperty usernameErrorProperty() {
        return usernameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    /** A problem that belongs to no single field (exchange unreachable, damaged vault). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Built-in demo exchange (on this computer)" or the configured URL. */
    public ReadOnlyStringProperty exchangeTextProperty() {
        return exchangeText.getReadOnlyProperty();
    }

    /** Whether sign-in is running (the form is disabled and progress shown). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the built-in demo exchange is used (the demo user list is shown). */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** True when the confirm field is needed (a new profile). */
    public BooleanBinding needsConfirm() {
        return Bindings.createBooleanBinding(createProfile::get, createProfile);
    }
}
