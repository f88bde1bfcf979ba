package io.redesk.app.ui;

import io.redesk.app.session.DemoExchange;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the sign-in screen of the real window the way a user does: typing into each field. */
public final class DeskRobot {

    private DeskRobot() {
    }

    /** Signs {@code user} (a demo user) in, creating a profile of the same name, and waits for the desk. */
    public static void signIn(FxRobot robot, String user) {
        robot.clickOn("#signin-username").write(user);
        robot.clickOn("#signin-password").write(DemoExchange.password());
        robot.clickOn("#signin-mode-create");
        robot.clickOn("#signin-profile");
        robot.lookup("#signin-profile").queryAs(javafx.scene.control.ComboBox.class).getEditor().clear();
        robot.write(user);
        robot.clickOn("#signin-passphrase").write("correct horse battery");
        robot.clickOn("#signin-passphrase-confirm").write("correct horse battery");
        robot.clickOn("#signin-submit");
        waitFor(robot, "#page-home", 30);
        // the status bar and home follow the session through queued FX events
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a visible node matches {@code query}. */
    public static Node waitFor(FxRobot robot, String query, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (TimeoutException e) {
            String error = robot.lookup("#signin-error").tryQuery()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
            throw new AssertionError("never showed " + query + " (sign-in error: " + error + ")", e);
        }
        return robot.lookup(query).query();
    }
}
