package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.app.ui.underwriting.UnderwritingView;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
 * The underwriter's flow through the real window (headless), against a real exchange: from the inbox
 * to a quote, a written line and the signed line with its notification; and the masked competitor
 * quote, marked with a lock and "Masked", never blank and never the value.
 */
@ExtendWith(ApplicationExtension.class)
class UnderwriterDeskWindowTest {

    @TempDir
    Path home;

    private AppContext context;
    private Stage stage;
    private ExchangeClient broker;
    private ExchangeClient chinaRe;

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
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        new MainWindow(context).show(stage);
    }

    @BeforeEach
    void market() {
        broker = TestPlacements.as("broker.alice");
        chinaRe = TestPlacements.as("uw.chinare");
    }

    @AfterEach
    void tearDown() {
        context.close();
        broker.close();
        chinaRe.close();
    }

    @Test
    void underwriterGoesFromInboxToASignedLine(FxRobot robot) {
        UUID placement = TestPlacements.inInquiry(broker, "Window flow", List.of(DemoSeed.PUDONG_RE, DemoSeed.CHINA_RE));
        String umr = broker.placements().get(placement).umr();
        DeskRobot.signIn(robot, "uw.pudong");
        // an underwriter's sidebar lists their work, not the broker's placement pages
        assertThat(robot.lookup("#nav-inbox").query().isVisible()).isTrue();
        assertThat(robot.lookup("#nav-slips").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-registration").query().isVisible()).isFalse();

        // keyboard: Alt+2 is the second page, the inbox
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertThat(context.shell().getCurrentPage()).isEqualTo(Page.INBOX);
        robot.clickOn(DeskRobot.waitFor(robot, "#inbox-" + umr, 20));
        waitForText(robot, "#uw-heading", umr);
        assertThat(text(robot, "#uw-heading")).contains(umr, "Inquiry");
        assertThat(text(robot, "#slip-insured")).isEqualTo("Eastern Sky Airlines");

        DeskRobot.type(robot, "#uw-premium", "750000");
        DeskRobot.type(robot, "#uw-capacity", "70");
        robot.clickOn("#uw-send-quote");
        waitForText(robot, "#uw-valid-until-error", "Required.");
        javafx.scene.control.DatePicker picker = robot.lookup("#uw-valid-until").query();
        // typed text that is no date is named, not taken for an empty field
        DeskRobot.type(robot, picker.getEditor(), "next friday");
        robot.clickOn("#uw-send-quote");
        waitForText(robot, "#uw-valid-until-error", "“next friday” is not a date");
        // typed as every other date of the desk (ISO) and sent without Enter: the typed date counts
        String date = java.time.LocalDate.now().plusDays(15).toString();
        robot.clickOn(picker.getEditor());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(date);
        DeskRobot.waitForValue(robot, picker.getEditor(), date);
        DeskRobot.type(robot, "#uw-conditions", "Pudong lead wording");
        robot.clickOn("#uw-send-quote");
        waitForText(robot, "#uw-message", "Quote sent to the broker.");
        waitForText(robot, "#uw-my-quote", "Your quote");
        assertThat(text(robot, "#uw-my-quote")).contains("Quoted");

        Quote mine = broker.quotes().allForPlacement(placement)
                .filter(q -> q.reinsurerId().equals(DemoSeed.PUDONG_RE)).findFirst().orElseThrow();
        TestPlacements.firmOrder(broker, placement, mine, List.of(DemoSeed.CHINA_RE));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        DeskRobot.waitFor(robot, "#uw-write-line", 20);

        // a refresh landing while the user types must not lose a keystroke nor clear the field
        DeskRobot.type(robot, "#uw-written-share", "6");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        robot.write("0");
        DeskRobot.waitForValue(robot, "#uw-written-share", "60");
        DeskRobot.type(robot, "#uw-line-conditions", "Pudong line conditions");
        DeskRobot.waitForValue(robot, "#uw-written-share", "60");
        robot.clickOn("#uw-write-line");
        waitForText(robot, "#uw-message", "Line written.");

        TestPlacements.writeLine(chinaRe, placement, "60", true);
        TestPlacements.close(broker, placement);

        // the change watcher notices the signed line and tells the user
        waitForToast(robot, "Your line on " + umr + " is signed at 40.0000%.");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        // written 60, signed down by (100 - 60 to stand) / 60 to 40
        waitForText(robot, "#uw-my-line", "Your line: 60.0000% written, signed 40.0000%");
    }

    @Test
    void anUnderwriterDeclinesWithTheKeyboardAloneGuidedByTheHelp(FxRobot robot) {
        UUID placement = TestPlacements.inInquiry(broker, "Keyboard decline", List.of(DemoSeed.PUDONG_RE));
        String umr = broker.placements().get(placement).umr();
        DeskRobot.signIn(robot, "uw.pudong");

        robot.type(KeyCode.F1);
        DeskRobot.waitFor(robot, "#help-overlay", 10);
        assertThat(visibleTexts()).contains("Ctrl+D", "Ctrl+E", "Ctrl+Enter", "Ctrl+Shift+S");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        DeskRobot.waitFor(robot, "#inbox-" + umr, 20);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        ListView<?> list = robot.lookup("#inbox-list").queryAs(ListView.class);
        // Home, then Down until the placement is the one on the desk
        robot.type(KeyCode.HOME);
        for (int i = 0; i < 200 && !text(robot, "#uw-heading").startsWith(umr); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitForText(robot, "#uw-heading", umr);
        assertThat(list.isFocused()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        javafx.scene.control.TextField reason = robot.lookup("#uw-decline-reason").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reason.isFocused()).isTrue();
        robot.write("Outside our aviation appetite");
        DeskRobot.waitForValue(robot, "#uw-decline-reason", "Outside our aviation appetite");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        waitForText(robot, "#uw-message", "Declined; the broker has your reason.");
        Quote declined = broker.quotes().allForPlacement(placement).findFirst().orElseThrow();
        assertThat(declined.status().name()).isEqualTo("DECLINED");
        assertThat(declined.declineReason()).isEqualTo("Outside our aviation appetite");
    }

    @Test
    void aCompetitorsQuoteIsShownMaskedWithALockNeverItsValue(FxRobot robot) {
        UUID placement = TestPlacements.inInquiry(broker, "Masked window", List.of(DemoSeed.PUDONG_RE, DemoSeed.CHINA_RE));
        Placement p = broker.placements().get(placement);
        TestPlacements.quote(chinaRe, placement, "4321987.65", "CHINA-SECRET-WORDING");
        DeskRobot.signIn(robot, "uw.pudong");

        robot.clickOn("#nav-inbox");
        robot.clickOn(DeskRobot.waitFor(robot, "#inbox-" + p.umr(), 20));

        Labeled competitors = robot.lookup("#market-competitor-quotes").queryLabeled();
        assertThat(competitors.getText()).isEqualTo("Masked");
        assertThat(competitors.getGraphic()).isNotNull();
        assertThat(competitors.getStyleClass()).contains(UnderwritingView.MASKED);
        assertThat(competitors.isVisible()).isTrue();
        List<String> texts = visibleTexts();
        assertThat(String.join("\n", texts)).doesNotContain("4,321,987", "4321987", "CHINA-SECRET");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static void waitForText(FxRobot robot, String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(n -> ((Labeled) n).getText()).map(t -> t.startsWith(expected)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            String actual = robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("<none>");
            String error = robot.lookup("#uw-error").tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
            throw new AssertionError(query + " never showed '" + expected + "' but '" + actual + "' (error: " + error + ")", e);
        }
    }

    private void waitForToast(FxRobot robot, String expected) {
        try {
            // looked up on the FX thread: toasts come and go while the test thread would walk the scene
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".toast-text")
                    .queryAll().stream().anyMatch(n -> expected.equals(((Labeled) n).getText()))).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no notification '" + expected + "'", e);
        }
    }

    private List<String> visibleTexts() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        collect(stage.getScene().getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof ListView<?> list) {
            list.getItems().forEach(i -> texts.add(String.valueOf(i)));
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
