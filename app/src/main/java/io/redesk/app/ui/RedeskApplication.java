package io.redesk.app.ui;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: wires the {@link AppContext} and shows the {@link MainWindow}. Started by
 * {@code io.redesk.app.Launcher}, which is deliberately a separate class.
 */
public final class RedeskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RedeskApplication.class);

    // Application.launch instantiates this class itself, so the launcher's inputs travel in statics
    private static volatile AppDirectories launchDirs;
    private static volatile LaunchOptions launchOptions = LaunchOptions.none();

    private AppContext context;
    private MainWindow window;

    /** Launches the app with {@code dirs} and {@code options}; returns when the window closes. */
    public static void launch(AppDirectories dirs, LaunchOptions options) {
        launchDirs = dirs;
        launchOptions = options;
        Application.launch(RedeskApplication.class);
    }

    /**
     * Checks a {@code --page} id before the toolkit starts.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static void checkPageId(String id) {
        Page.fromId(id);
    }

    @Override
    public void start(Stage stage) {
        AppDirectories dirs = launchDirs != null ? launchDirs : AppDirectories.detect();
        LOG.info("ReDesk starting; app-data folder {}", dirs.home());
        context = AppContext.create(dirs, launchOptions, new FxTaskExecutor());
        launchOptions.page().map(Page::fromId).ifPresent(context.shell()::navigate);
        window = new MainWindow(context);
        window.show(stage);
        // the demo exchange starts as soon as the first frame is drawn, not on the first Sign in (ADR 0951):
        // started before it, on two cores it took the CPU the first frame needed
        StartProbe.afterNextFrame(stage.getScene(), context.signIn()::startDemoInBackground);
        // the installer's training run and the start benchmarks (off unless a system property asks)
        StartProbe.install(stage.getScene(), context.sessions());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
        LOG.info("ReDesk stopped");
    }
}
