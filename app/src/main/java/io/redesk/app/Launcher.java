package io.redesk.app;

import io.redesk.app.env.AppDirectories;
import io.redesk.app.logging.LoggingSetup;
import io.redesk.app.ui.RedeskApplication;

/**
 * Starts the desktop app: {@code java -jar redesk.jar}. Deliberately not a JavaFX
 * {@code Application} (a main class that extends it fails when JavaFX is on the class path rather
 * than the module path); it parses the command line, sets up logging, then hands over to
 * {@link RedeskApplication}.
 */
@CliEntryPoint
public final class Launcher {

    private Launcher() {
    }

    /** Entry point. Exit status 2 on a bad command line or an unusable {@code redesk.home}. */
    public static void main(String[] args) {
        LaunchOptions options;
        AppDirectories dirs;
        try {
            options = LaunchOptions.parse(args);
            options.page().ifPresent(RedeskApplication::checkPageId);
            dirs = AppDirectories.detect();
        } catch (IllegalArgumentException e) {
            System.err.println("redesk: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        LoggingSetup.configure(dirs.logs());
        RedeskApplication.launch(dirs, options);
    }
}
