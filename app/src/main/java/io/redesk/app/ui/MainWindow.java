package io.redesk.app.ui;

import io.redesk.app.session.Session;
import io.redesk.app.ui.home.HomeView;
import io.redesk.app.ui.home.HomeViewModel;
import io.redesk.app.ui.settings.ExchangeConnectionView;
import io.redesk.app.ui.settings.ExchangeConnectionViewModel;
import io.redesk.app.ui.settings.SettingsView;
import io.redesk.app.ui.settings.SettingsViewModel;
import io.redesk.app.ui.shell.MainLayout;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PlaceholderView;
import io.redesk.app.ui.shell.Sidebar;
import io.redesk.app.ui.signin.SessionBadge;
import io.redesk.app.ui.signin.SignInView;
import io.redesk.app.ui.signin.SignInViewModel;
import io.redesk.app.ui.status.StatusBarView;
import io.redesk.app.ui.status.StatusBarViewModel;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Builds the main window from an {@link AppContext}: first the unlock / sign-in screen, then, for the
 * signed-in {@link Session}, the shell layout with one view per page (real views for built pages,
 * placeholders for pages whose feature has not landed). Signing out returns to the sign-in screen and
 * drops every page view, so nothing of one user's book stays on screen for the next.
 */
public final class MainWindow implements AutoCloseable {

    private final AppContext context;
    private final StatusBarViewModel statusBar;
    private final StackPane root = new StackPane();
    private final Scene scene;
    private SignInViewModel signIn;

    /** Builds the window's scene; call on the FX thread. */
    public MainWindow(AppContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.statusBar = new StatusBarViewModel(context.status(), context.i18n(), Platform::runLater);
        scene = new Scene(root, 1200, 760);
        context.themes().style(scene);
        showSignIn();
        context.launchOptions().demoUser().ifPresent(user -> signIn.signInDemo(user, this::showDesk));
    }

    private void showSignIn() {
        signIn = new SignInViewModel(context.signIn(), context.sessions(), context.executor(), context.i18n());
        root.getChildren().setAll(new SignInView(signIn, context.i18n(), this::showDesk));
    }

    private void showDesk(Session session) {
        context.shell().navigate(Page.HOME);
        HBox bottom = new HBox(new StatusBarView(statusBar),
                new SessionBadge(session, context.i18n(), this::signOut));
        HBox.setHgrow(bottom.getChildren().get(0), Priority.ALWAYS);
        MainLayout layout = new MainLayout(context.shell(), new Sidebar(context.shell(), context.i18n()),
                bottom, page -> viewFor(page, session));
        root.getChildren().setAll(layout);
    }

    private void signOut() {
        context.sessions().signOut();
        showSignIn();
    }

    private Node viewFor(Page page, Session session) {
        return switch (page) {
            case HOME -> new HomeView(new HomeViewModel(context.shell(), context.i18n(), statusBar.statusProperty()),
                    context.i18n());
            case SETTINGS -> new SettingsView(new SettingsViewModel(context.i18n(), context.themes().themeProperty(),
                    context.preferences(), context.executor(), context.preferenceProblems()),
                    context.i18n(), context.dirs(),
                    new ExchangeConnectionView(new ExchangeConnectionViewModel(context.exchangeSettings(),
                            context.signIn(), context.executor(), context.i18n(), context.exchangeSettingsProblem()),
                            context.i18n()));
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
