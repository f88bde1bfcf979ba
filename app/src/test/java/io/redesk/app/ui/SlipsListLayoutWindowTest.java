package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
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
 * The slips list's bar at 1280×800 (a laptop), in English and in Chinese, with and without a long search
 * text: the count ("显示 13 / 共 13 笔分出") is shown whole, never cut short, and keeps clear of the right
 * edge. Writes a PNG of each case under {@code target/screenshots} for a look.
 */
@ExtendWith(ApplicationExtension.class)
class SlipsListLayoutWindowTest {

    private static final String LONG_SEARCH = "Yangshan deep-water port warehouses and stock 洋山深水港仓储及存货 2027 renewal";

    @TempDir
    Path home;

    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void startExchange() {
        TestExchange.get();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestExchange.configure(home);
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        new MainWindow(context).show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() {
        WaitForAsyncUtils.waitForFxEvents();
        context.close();
    }

    @Test
    void theCountIsWholeAndClearOfTheRightEdgeInBothLanguagesWithALongSearch(FxRobot fx) throws java.io.IOException {
        FlowRobot robot = new FlowRobot(fx);
        DeskRobot.signIn(fx, "broker.alice");
        robot.click("#nav-slips");
        TableView<?> table = (TableView<?>) robot.node("#slips-table");
        FlowRobot.waitUntil("the slips listed", () -> !table.getItems().isEmpty());
        Label count = (Label) robot.node("#slips-count");
        TextField search = (TextField) robot.node("#slips-search");
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));

        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            for (String query : List.of("", LONG_SEARCH)) {
                fx.interact(() -> {
                    context.i18n().setLanguage(language);
                    search.setText(query);
                });
                String expected = language == Language.CHINESE ? "显示 " : "";
                FlowRobot.waitUntil("the count in " + language, () -> count.getText().startsWith(expected)
                        && (language == Language.CHINESE) == count.getText().contains("笔分出"));
                WaitForAsyncUtils.waitForFxEvents();
                String what = language + (query.isEmpty() ? "" : " with a long search");

                assertThat(shown(count)).as("the count as drawn, %s", what).isEqualTo(count.getText());
                Bounds c = count.localToScene(count.getBoundsInLocal());
                Bounds t = table.localToScene(table.getBoundsInLocal());
                assertThat(t.getMaxX() - c.getMaxX()).as("gap between the count and the right edge, %s", what)
                        .isGreaterThanOrEqualTo(8);
                assertThat(c.getMinX()).as("the count after the search box, %s", what)
                        .isGreaterThan(search.localToScene(search.getBoundsInLocal()).getMaxX());
                robot.screenshot(Path.of("target", "screenshots", "slips-count-" + language.name().toLowerCase()
                        + (query.isEmpty() ? "" : "-long-search") + ".png"));
            }
        }
    }

    /** The text the label's skin draws (an elided label draws less than its text). */
    private static String shown(Label label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }
}
