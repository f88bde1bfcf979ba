package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.task.FxTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window headless (Monocle), signed in to a real exchange: every page opens, the language switches to
 * Chinese and back with every visible text following, the theme switches, and the choices are saved.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

    @TempDir
    Path home;

    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void startExchange() {
        // off the FX thread: the first start seeds the demo market, which takes longer than a window setup may
        TestExchange.get();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestExchange.configure(home);
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), Optional.empty(), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        // this test publishes sync states itself; the real engine's cycles would race it
        context.signIn().runSync(false);
        new MainWindow(context).show(stage);
    }

    @BeforeEach
    void signIn(FxRobot robot) {
        DeskRobot.signIn(robot, "broker.alice");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void visitsEveryPageOfTheBrokersSidebar(FxRobot robot) {
        for (Page page : new io.redesk.app.ui.shell.PageAccess(true, false, false, true).inOrder()) {
            robot.clickOn("#nav-" + page.id());

            assertThat(context.shell().getCurrentPage()).isEqualTo(page);
            Node view = robot.lookup("#page-" + page.id()).query();
            assertThat(view.isVisible()).isTrue();
            assertThat(view.getScene()).isSameAs(stage.getScene());
            assertThat(text(robot, "#page-title")).isEqualTo(text(robot, "#nav-" + page.id()));
            if (page.comingFeatureKey().isPresent()) {
                assertThat(text(robot, "#placeholder-title")).startsWith("Coming with ");
            }
        }
    }

    @Test
    void homeShowsEmptyStateWithoutOfflineAdviceOnceConnected(FxRobot robot) {
        assertThat(text(robot, "#home-empty-title")).isEqualTo("Nothing needs you today");
        assertThat(robot.lookup("#home-items").query().isVisible()).isFalse();
        // signed in to an exchange: no "no exchange, open settings" advice
        assertThat(robot.lookup("#home-open-settings").query().isVisible()).isFalse();
        assertThat(text(robot, "#session-user")).contains("Alice Wang", "Huatai Re Brokers", "Broker");
    }

    @Test
    void signingOutReturnsToTheSignInScreenAndGoesOffline(FxRobot robot) {
        robot.clickOn("#session-sign-out");

        DeskRobot.waitFor(robot, "#page-signin", 10);
        assertThat(robot.lookup("#page-home").tryQuery()).isEmpty();
        assertThat(context.sessions().current()).isEmpty();
        assertThat(context.status().current().hasExchange()).isFalse();
        // the profile made at sign-in is offered for unlocking next time
        assertThat(context.signIn().profiles()).containsExactly("broker.alice");
    }

    @Test
    void switchingLanguageRebindsEveryVisibleTextWithoutRestart(FxRobot robot) {
        robot.clickOn("#nav-settings");
        List<String> english = visibleTexts(robot);
        String englishTitle = stage.getTitle();
        assertThat(english).contains("Slips", "Settings", "Online · 127.0.0.1", "Sign out");

        robot.clickOn("#lang-zh");

        List<String> chinese = visibleTexts(robot);
        assertThat(chinese).contains("分保条", "设置", "在线 · 127.0.0.1", "退出登录");
        assertThat(chinese).doesNotContain("Slips", "Settings", "Language", "Theme");
        assertThat(stage.getTitle()).isNotEqualTo(englishTitle).contains("再保险");
        assertThat(text(robot, "#format-money")).isEqualTo("¥1,250,000.00");

        robot.clickOn("#lang-en");

        assertThat(visibleTexts(robot)).isEqualTo(english);
        assertThat(stage.getTitle()).isEqualTo(englishTitle);
        assertSavedPreferences("language=en", "theme=light");
    }

    @Test
    void switchingThemeChangesTheStylesheetAndIsSaved(FxRobot robot) {
        robot.clickOn("#nav-settings");

        robot.clickOn("#theme-dark");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertSavedPreferences("theme=dark");

        robot.clickOn("#theme-light");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertSavedPreferences("theme=light");
    }

    @Test
    void statusBarFollowsWhatTheSyncEnginePublishesFromABackgroundThread(FxRobot robot) throws Exception {
        assertThat(text(robot, "#status-connection")).isEqualTo("Online · 127.0.0.1");
        assertThat(text(robot, "#status-last-sync")).isEqualTo("Never synced");

        Thread publisher = new Thread(() -> context.status().update(s -> s.offline()
                .withPendingChanges(3).syncedAt(java.time.Instant.parse("2026-11-27T07:30:00Z"))), "sync-engine");
        publisher.start();
        publisher.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#status-pending")).isEqualTo("3 pending changes");
        assertThat(text(robot, "#status-last-sync")).startsWith("Last sync ").contains("2026");
        assertThat(robot.lookup("#home-open-settings").query().isVisible()).isFalse();
    }

    private void assertSavedPreferences(String... lines) {
        Path file = AppDirectories.at(home).preferencesFile();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file)
                    && List.of(Files.readString(file, StandardCharsets.UTF_8).split("\\R")).containsAll(List.of(lines)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("preferences file " + file + " never held " + List.of(lines), e);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** Texts of every visible labelled control in the window, in scene order. */
    private List<String> visibleTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        collect(stage.getScene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
