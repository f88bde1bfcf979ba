package io.redesk.app.ui;

import io.redesk.app.desk.DeskServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.prefs.AppPreferences;
import io.redesk.app.prefs.PreferencesStore;
import io.redesk.app.session.ExchangeLink;
import io.redesk.app.session.ExchangeSettingsStore;
import io.redesk.app.session.LinkStatusBridge;
import io.redesk.app.session.Session;
import io.redesk.app.session.SessionHolder;
import io.redesk.app.session.SignInService;
import io.redesk.app.session.SyncStatusBridge;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.SyncStatus;
import io.redesk.app.sync.StatusModel;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.ui.theme.ThemeManager;
import io.redesk.store.vault.VaultOptions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The app's long-lived services, wired once at start-up and handed to the views: folders,
 * preferences, language, theme, sync status, background executor, navigation.
 *
 * <p>The sync status starts as "offline, no exchange configured"; signing in ({@link #sessions()})
 * publishes the session's exchange to {@link #status()}; the sync engine refines it.
 */
public final class AppContext implements AutoCloseable {

    private final AppDirectories dirs;
    private final PreferencesStore preferences;
    private final List<String> preferenceProblems;
    private final I18n i18n;
    private final ThemeManager themes;
    private final StatusModel status = new StatusModel();
    private final TaskExecutor executor;
    private final ShellModel shell = new ShellModel();
    private final LaunchOptions options;
    private final ExchangeSettingsStore exchangeSettings;
    private final ExchangeSettingsStore.Loaded loadedExchange;
    private final SignInService signIn;
    private final SessionHolder sessions = new SessionHolder();
    private final ObjectProperty<DeskServices> desk = new SimpleObjectProperty<>(this, "desk");

    private AppContext(AppDirectories dirs, PreferencesStore preferences, PreferencesStore.Loaded loaded,
                       LaunchOptions options, TaskExecutor executor, VaultOptions vaultOptions) {
        this.dirs = dirs;
        this.preferences = preferences;
        this.preferenceProblems = loaded.problems();
        AppPreferences prefs = loaded.preferences();
        this.i18n = new I18n(options.language().orElse(prefs.language()));
        this.themes = new ThemeManager(options.theme().orElse(prefs.theme()));
        this.executor = executor;
        this.options = options;
        this.exchangeSettings = new ExchangeSettingsStore(dirs.home().resolve("exchange.properties"));
        this.loadedExchange = exchangeSettings.load();
        this.signIn = new SignInService(dirs.home(), loadedExchange.settings(), vaultOptions);
        // until the sync engine publishes its own view, the status bar shows the session's connection
        sessions.subscribe(session -> {
            if (session.isEmpty()) {
                status.publish(SyncStatus.notConfigured());
                return;
            }
            Session x = session.get();
            // a fresh session starts from nothing pending; the engine recounts from the vault below
            status.publish(SyncStatus.notConfigured().connecting(x.exchangeName()));
            x.service(ExchangeLink.class).ifPresent(link ->
                    x.attach(new LinkStatusBridge(link, status, x.exchangeName())));
            x.service(SyncEngine.class).ifPresent(engine -> {
                x.attach(new SyncStatusBridge(engine, status, x.exchangeName()));
                try {
                    // the pending count from the vault at once, even before the engine runs (offline)
                    engine.refreshCounts();
                    // and the slips whose typing is a local draft not sent (ADR 0811)
                    int drafts = io.redesk.app.desk.SlipCatalog.localDrafts(engine.store().vault());
                    status.update(s -> s.withLocalDrafts(drafts));
                } catch (RuntimeException e) {
                    // the engine publishes the counts with its first cycle anyway
                }
            });
        });
    }

    /**
     * Loads preferences from {@code dirs} (command-line options win, then the saved file, then the OS
     * locale) and applies language and theme. Must run on the FX thread (it sets the theme).
     */
    public static AppContext create(AppDirectories dirs, LaunchOptions options, TaskExecutor executor) {
        return create(dirs, options, executor, VaultOptions.defaults());
    }

    /** As {@link #create(AppDirectories, LaunchOptions, TaskExecutor)}, with vault options (tests use a light KDF). */
    public static AppContext create(AppDirectories dirs, LaunchOptions options, TaskExecutor executor,
                                    VaultOptions vaultOptions) {
        Objects.requireNonNull(vaultOptions, "vaultOptions");
        Objects.requireNonNull(dirs, "dirs");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(executor, "executor");
        PreferencesStore store = new PreferencesStore(dirs.preferencesFile());
        PreferencesStore.Loaded loaded = store.load(AppPreferences.defaultsFor(Locale.getDefault()));
        return new AppContext(dirs, store, loaded, options, executor, vaultOptions);
    }

    public AppDirectories dirs() {
        return dirs;
    }

    public PreferencesStore preferences() {
        return preferences;
    }

    /** Problems met loading the preferences, for the settings page to show. */
    public List<String> preferenceProblems() {
        return preferenceProblems;
    }

    public I18n i18n() {
        return i18n;
    }

    public ThemeManager themes() {
        return themes;
    }

    /** The sync status the status bar shows; the sync engine publishes here. */
    public StatusModel status() {
        return status;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ShellModel shell() {
        return shell;
    }

    /** The command line of this run. */
    public LaunchOptions launchOptions() {
        return options;
    }

    /** Where the exchange connection is saved. */
    public ExchangeSettingsStore exchangeSettings() {
        return exchangeSettings;
    }

    /** Why the saved exchange connection could not be used, if it could not (shown in settings). */
    public java.util.Optional<String> exchangeSettingsProblem() {
        return loadedExchange.problem();
    }

    /** Signs users in; owns the built-in demo exchange while the app runs. */
    public SignInService signIn() {
        return signIn;
    }

    /** The signed-in session (vault, exchange client, user, organisation, role), if any. */
    public SessionHolder sessions() {
        return sessions;
    }

    /**
     * The placement desk's services (vault, broker's exchange access) once a user has unlocked a vault;
     * null before that. The sign-in sets it; the desk pages follow it.
     */
    public ObjectProperty<DeskServices> deskProperty() {
        return desk;
    }

    @Override
    public void close() {
        executor.close();
        sessions.close();
        signIn.close();
    }
}
