package io.redesk.app.ui;

import io.redesk.app.ui.inquiry.InquiryPage;
import io.redesk.app.ui.lines.LinesPage;
import io.redesk.app.ui.registration.RegistrationPage;
import io.redesk.app.ui.slips.SlipsPage;

import io.redesk.app.ui.home.HomeView;
import io.redesk.app.ui.home.HomeViewModel;
import io.redesk.app.ui.settings.SettingsView;
import io.redesk.app.ui.settings.SettingsViewModel;
import io.redesk.app.ui.shell.MainLayout;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PlaceholderView;
import io.redesk.app.ui.shell.Sidebar;
import io.redesk.app.ui.status.StatusBarView;
import io.redesk.app.ui.status.StatusBarViewModel;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the main window from an {@link AppContext}: the shell layout, and one view per page (real
 * views for built pages, placeholders for pages whose feature has not landed).
 */
public final class MainWindow implements AutoCloseable {

    private final AppContext context;
    private final StatusBarViewModel statusBar;
    private final Scene scene;

    /** Builds the window's scene; call on the FX thread. */
    public MainWindow(AppContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.statusBar = new StatusBarViewModel(context.status(), context.i18n(), Platform::runLater);
        MainLayout layout = new MainLayout(context.shell(), new Sidebar(context.shell(), context.i18n()),
                new StatusBarView(statusBar), this::viewFor);
        scene = new Scene(layout, 1200, 760);
        context.themes().style(scene);
    }

    private Node viewFor(Page page) {
        return switch (page) {
            case HOME -> new HomeView(new HomeViewModel(context.shell(), context.i18n(), statusBar.statusProperty()),
                    context.i18n());
            case SETTINGS -> new SettingsView(new SettingsViewModel(context.i18n(), context.themes().themeProperty(),
                    context.preferences(), context.executor(), context.preferenceProblems()),
                    context.i18n(), context.dirs());
            case SLIPS -> new SlipsPage(context.deskProperty(), context.i18n(), context.executor());
            case INQUIRIES -> new InquiryPage(context.deskProperty(), context.i18n(), context.executor());
            case LINES -> new LinesPage(context.deskProperty(), context.i18n(), context.executor());
            case REGISTRATION -> new RegistrationPage(context.deskProperty(), context.i18n(), context.executor());
            default -> new PlaceholderView(page, context.i18n());
        };
    }

    /** The window's scene. */
    public Scene scene() {
        return scene;
    }

    /** Puts the window on {@code stage}, with a localised title, and shows it. */
    public void show(Stage stage) {
        stage.titleProperty().bind(context.i18n().bind("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    @Override
    public void close() {
        statusBar.close();
    }
}
