package io.redesk.app.env;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where ReDesk keeps its per-user files (preferences, logs, later the vault): the platform's
 * application-data folder, or the folder named by the {@code redesk.home} system property.
 *
 * <p>Linux: {@code $XDG_DATA_HOME/redesk}, else {@code ~/.local/share/redesk}; Windows:
 * {@code %APPDATA%\ReDesk}; macOS: {@code ~/Library/Application Support/ReDesk}. Tests and
 * screenshots set {@code redesk.home} to a temporary folder so they never touch a user's data.
 */
public final class AppDirectories {

    /** System property that overrides the application-data folder. */
    public static final String HOME_PROPERTY = "redesk.home";

    private final Path home;

    private AppDirectories(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The folders for this JVM: {@code redesk.home} if set, else the platform default. */
    public static AppDirectories detect() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                System.getenv(), System.getProperty("user.home"));
    }

    /** Uses {@code home} as the application-data folder (tests, tools). */
    public static AppDirectories at(Path home) {
        return new AppDirectories(Objects.requireNonNull(home, "home"));
    }

    /**
     * Resolves the folder from explicit inputs, so every platform's rule is testable on any OS.
     *
     * @throws IllegalArgumentException if {@code override} is set but blank, or no home can be found
     */
    public static AppDirectories resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null) {
            if (override.isBlank()) {
                throw new IllegalArgumentException("system property " + HOME_PROPERTY
                        + " is set but empty; give it a folder path or remove it");
            }
            return new AppDirectories(Path.of(override));
        }
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalArgumentException("cannot find the user's home folder (user.home is empty);"
                    + " set -D" + HOME_PROPERTY + "=<folder>");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isAbsolute(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return new AppDirectories(base.resolve("ReDesk"));
        }
        if (os.startsWith("mac")) {
            return new AppDirectories(Path.of(userHome, "Library", "Application Support", "ReDesk"));
        }
        // XDG base-directory spec: a relative XDG_DATA_HOME is invalid and must be ignored
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isAbsolute(xdg) ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new AppDirectories(base.resolve("redesk"));
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }

    /** The application-data folder itself. */
    public Path home() {
        return home;
    }

    /** Folder of the rotated log files. */
    public Path logs() {
        return home.resolve("logs");
    }

    /** The small preferences file (language, theme). */
    public Path preferencesFile() {
        return home.resolve("preferences.properties");
    }

    @Override
    public String toString() {
        return home.toString();
    }
}
