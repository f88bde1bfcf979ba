package io.redesk.app.ui;

import io.redesk.app.session.DemoExchange;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the sign-in screen of the real window the way a user does: typing into each field. Every scene
 * lookup and every read of a node runs on the FX thread ({@link #onFx}), never on the test thread while
 * the FX thread changes the scene (issue 16 item 19: {@code Parent.lookupAll} threw
 * IndexOutOfBoundsException under load).
 */
public final class DeskRobot {

    private DeskRobot() {
    }

    /** Signs {@code user} (a demo user) in, creating a profile of the same name, and waits for the desk. */
    public static void signIn(FxRobot robot, String user) {
        signIn(robot, user, user);
    }

    /** Signs {@code user} in with a new profile named {@code profile} (a second sign-in of the same user in one home). */
    public static void signIn(FxRobot robot, String user, String profile) {
        robot.clickOn("#signin-username").write(user);
        robot.clickOn("#signin-password").write(DemoExchange.password());
        robot.clickOn("#signin-mode-create");
        robot.clickOn("#signin-profile");
        robot.interact(() -> robot.lookup("#signin-profile").queryAs(javafx.scene.control.ComboBox.class).getEditor().clear());
        robot.write(profile);
        robot.clickOn("#signin-passphrase").write("correct horse battery");
        robot.clickOn("#signin-passphrase-confirm").write("correct horse battery");
        robot.clickOn("#signin-submit");
        waitFor(robot, "#page-home", 30);
        // the status bar and home follow the session through queued FX events
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types {@code text} into the field {@code query} as a user does: clicks it, waits until it really
     * has the focus (a click that something else took fails here, not three steps later), types, and
     * waits until the field holds what was typed after what it held before.
     */
    public static void type(FxRobot robot, String query, String text) {
        waitFor(robot, query, 20);
        type(robot, onFx(() -> robot.lookup(query).queryAs(TextInputControl.class)), text);
    }

    /** {@link #type(FxRobot, String, String)} for a field without an id (a date picker's editor). */
    public static void type(FxRobot robot, TextInputControl field, String text) {
        String before = onFx(() -> field.getText() == null ? "" : field.getText());
        javafx.geometry.Bounds aimedAt = onFx(() -> field.localToScene(field.getBoundsInLocal()));
        robot.clickOn(field);
        waitUntil(field::isFocused, () -> "the field " + field.getId() + " never got the focus (focus is on "
                + field.getScene().getFocusOwner() + "; aimed at " + aimedAt + ", now at "
                + field.localToScene(field.getBoundsInLocal()) + ", visible " + field.isVisible() + ")");
        robot.write(text);
        waitUntil(() -> (before + text).equals(field.getText()), () -> "the field " + field.getId() + " holds '"
                + field.getText() + "' instead of '" + before + text + "'");
    }

    /** Waits until the text field {@code query} holds {@code expected}. */
    public static void waitForValue(FxRobot robot, String query, String expected) {
        TextInputControl field = onFx(() -> robot.lookup(query).queryAs(TextInputControl.class));
        waitUntil(() -> expected.equals(field.getText()), () -> query + " holds '" + field.getText()
                + "' instead of '" + expected + "'");
    }

    /** Waits until {@code field} (one without an id, a date picker's editor) holds {@code expected}. */
    public static void waitForValue(FxRobot robot, TextInputControl field, String expected) {
        waitUntil(() -> expected.equals(field.getText()), () -> "the field holds '" + field.getText()
                + "' instead of '" + expected + "'");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition,
                                  java.util.function.Supplier<String> failure) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError(onFx(failure::get), e);
        }
    }

    /** Waits until a visible node matches {@code query}. */
    public static Node waitFor(FxRobot robot, String query, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> onFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)));
        } catch (TimeoutException e) {
            String error = onFx(() -> robot.lookup("#signin-error").tryQuery()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse(""));
            throw new AssertionError("never showed " + query + " (sign-in error: " + error + ")", e);
        }
        return onFx(() -> robot.lookup(query).query());
    }

    /** Runs {@code work} on the FX thread and returns its result (the one way this class reads the scene). */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 30 s", e);
        }
    }
}
