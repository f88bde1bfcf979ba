package io.redesk.app.ui;

import io.redesk.app.desk.DeskServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.prefs.AppPreferences;
import io.redesk.app.prefs.PreferencesStore;
import io.redesk.app.sync.StatusModel;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.ui.theme.ThemeManager;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The app's long-lived services, wired once at start-up and handed to the views: folders,
 * preferences, language, theme, sync status, background executor, navigation.
 *
 * <p>The sync status starts as "offline, no exchange configured"; the issue that wires the built-in
 * demo exchange publishes to {@link #status()} and nothing in the UI changes.
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
    private final ObjectProperty<DeskServices> desk = new SimpleObjectProperty<>(this, "desk");

    private AppContext(AppDirectories dirs, PreferencesStore preferences, PreferencesStore.Loaded loaded,
                       LaunchOptions options, TaskExecutor executor) {
        this.dirs = dirs;
        this.preferences = preferences;
        this.preferenceProblems = loaded.problems();
        AppPreferences prefs = loaded.preferences();
        this.i18n = new I18n(options.language().orElse(prefs.language()));
        this.themes = new ThemeManager(options.theme().orElse(prefs.theme()));
        this.executor = executor;
    }

    /**
     * Loads preferences from {@code dirs} (command-line options win, then the saved file, then the OS
     * locale) and applies language and theme. Must run on the FX thread (it sets the theme).
     */
    public static AppContext create(AppDirectories dirs, LaunchOptions options, TaskExecutor executor) {
        Objects.requireNonNull(dirs, "dirs");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(executor, "executor");
        PreferencesStore store = new PreferencesStore(dirs.preferencesFile());
        PreferencesStore.Loaded loaded = store.load(AppPreferences.defaultsFor(Locale.getDefault()));
        return new AppContext(dirs, store, loaded, options, executor);
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
    }
}
