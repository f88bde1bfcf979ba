package io.redesk.app;

import io.redesk.app.env.AppDirectories;
import io.redesk.app.logging.LoggingSetup;
import io.redesk.app.ui.RedeskApplication;
import io.redesk.recon.cli.ReconcileCommand;

/**
 * Starts the desktop app: {@code java -jar redesk.jar}. Deliberately not a JavaFX
 * {@code Application} (a main class that extends it fails when JavaFX is on the class path rather
 * than the module path); it parses the command line, sets up logging, then hands over to
 * {@link RedeskApplication}. {@code java -jar redesk.jar reconcile ...} runs the headless reconciliation
 * ({@link ReconcileCommand}) instead, without starting JavaFX.
 */
@CliEntryPoint
public final class Launcher {

    private Launcher() {
    }

    /** Entry point. Exit status 2 on a bad command line or an unusable {@code redesk.home}. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ReconcileCommand.NAME)) {
            // the headless reconciliation (issue 13): no toolkit, no vault, no logging set-up
            System.exit(ReconcileCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out,
                    System.err));
            return;
        }
        if (args.length == 1 && args[0].equals(LaunchOptions.SELF_TEST)) {
            AppDirectories dirs = AppDirectories.detect();
            startLogging(dirs);
            System.exit(SelfTest.run(dirs, System.out));
            return;
        }
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
        startLogging(dirs);
        RedeskApplication.launch(dirs, options);
    }

    /**
     * Names the log folder and lets logback configure itself on a background thread, in parallel with
     * the toolkit's start (logback builds the configuration in code, {@link LoggingSetup}): the first
     * frame does not wait for it. A logger asked for meanwhile waits for the configuration, never logs
     * elsewhere.
     */
    private static void startLogging(AppDirectories dirs) {
        System.setProperty(LoggingSetup.DIR_PROPERTY, dirs.logs().toAbsolutePath().toString());
        // log calls made while logback configures itself are queued and replayed into the file: expected
        // here, so slf4j need not warn about it on the console
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Thread t = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "logging-start");
        t.setDaemon(true);
        t.start();
    }
}
