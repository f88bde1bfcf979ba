package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reinsurer's finance user in the real window against the in-process exchange (issue 16 item 12,
 * issue 12): started with {@code --page slips}, the desk opens Home and says the page is not part of
 * the finance desk; the sidebar lists the finance pages and none of the placement desk's; Alt+N follows
 * the sidebar; F1 lists the finance shortcuts and not the underwriter's. Every scene lookup runs on the
 * FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FinanceShellWindowTest {

    @TempDir
    Path home;

    private AppContext context;

    @BeforeAll
    static void startExchange() {
        TestExchange.get();
    }

    @Start
    void start(Stage stage) {
        TestExchange.configure(home);
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), Optional.of("slips"), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        context.signIn().runSync(false);
        new MainWindow(context).show(stage);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static boolean shown(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.isManaged()).orElse(false));
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    @Test
    void aFinanceUserNeverOpensThePlacementDeskAndSeesTheFinanceShortcuts(FxRobot robot) throws Exception {
        DeskRobot.signIn(robot, "chinare.finance");

        assertThat(context.shell().getCurrentPage()).isEqualTo(Page.HOME);
        assertThat(shown(robot, "#page-refused")).isTrue();
        assertThat(text(robot, "#page-refused"))
                .isEqualTo("The Slips page is not part of the finance desk, so it did not open: you are on Home.");
        for (String page : List.of("slips", "inquiries", "lines", "registration", "inbox")) {
            assertThat(shown(robot, "#nav-" + page)).as(page).isFalse();
        }
        for (String page : List.of("accounts", "claims", "statements", "invoices", "reconciliation", "settings")) {
            assertThat(shown(robot, "#nav-" + page)).as(page).isTrue();
        }

        // Alt+2 is the second page of this sidebar (Accounts), not the placement desk's Inbox
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().getCurrentPage()).isEqualTo(Page.ACCOUNTS);
        assertThat(shown(robot, "#page-accounts")).isTrue();
        assertThat(shown(robot, "#page-refused")).isFalse();

        // a link to a placement page (as Home's would be) is refused too
        WaitForAsyncUtils.asyncFx(() -> context.shell().open(Page.LINES, "x", "B0999HT2027001")).get();
        assertThat(context.shell().getCurrentPage()).isEqualTo(Page.HOME);
        assertThat(text(robot, "#page-refused")).startsWith("The Lines page is not part of the finance desk");

        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> help = fx(() -> robot.lookup("#help-grid").queryAs(javafx.scene.layout.GridPane.class)
                .getChildren().stream().map(n -> ((Labeled) n).getText()).toList());
        assertThat(help).contains("Agree the open account", "Export the list as shown to XLSX",
                "Export the open statement of account to PDF");
        assertThat(help).doesNotContain("Focus the inbox list", "Search the slips list");
    }
}
