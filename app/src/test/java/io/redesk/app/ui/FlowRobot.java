package io.redesk.app.ui;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window flow tests do the way a user does, made robust for a loaded 2-core machine: every
 * step waits for its condition (a node showing, a text appearing) instead of sleeping, scrolls the node
 * into the window before clicking it, and checks that typed text really landed in the field.
 */
final class FlowRobot {

    static final int WAIT_SECONDS = 30;

    private final FxRobot robot;

    FlowRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** The visible node matching {@code query}, waiting for it. */
    Node node(String query) {
        return DeskRobot.waitFor(robot, query, WAIT_SECONDS);
    }

    /**
     * Scrolls {@code query}'s node into view and clicks it once it is enabled, as a user does: at the point
     * where the node is on screen at that moment. A page may rebuild a pane (a sync landing redraws the
     * open account's detail), so the node is looked up again for each step rather than held: a held node
     * can be detached between the wait and the press (FinanceCorrectionWindowTest failed so in CI).
     */
    FlowRobot click(String query) {
        node(query);
        waitUntil("'" + query + "' shown and enabled", () -> DeskRobot.onFx(() -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible() && !n.isDisabled()).orElse(false)));
        reveal(DeskRobot.onFx(() -> robot.lookup(query).query()));
        javafx.geometry.Point2D at = DeskRobot.onFx(() -> {
            Node n = robot.lookup(query).query();
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Scrolls {@code n} into view and clicks it. */
    FlowRobot click(Node n) {
        reveal(n);
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * Types {@code text} into the field {@code query} (replacing what it held) and checks the field then
     * holds exactly that. Under load a keystroke can be delivered before focus settles; the typing is
     * then done again, and the test fails if the field never holds the text.
     */
    FlowRobot fill(String query, String text) {
        return fill((TextInputControl) node(query), text);
    }

    /** As {@link #fill(String, String)}, for a field already found. */
    FlowRobot fill(TextInputControl field, String text) {
        String query = field.getId() == null ? field.toString() : "#" + field.getId();
        for (int attempt = 1; ; attempt++) {
            reveal(field);
            robot.interact(() -> {
                field.requestFocus();
                field.clear();
            });
            waitUntil("focus on " + query, field::isFocused);
            robot.write(text);
            WaitForAsyncUtils.waitForFxEvents();
            if (holds(field, text)) {
                return this;
            }
            if (attempt == 3) {
                throw new AssertionError(query + " holds '" + field.getText() + "' after typing '" + text + "'");
            }
        }
    }

    private static boolean holds(TextInputControl field, String text) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> text.equals(field.getText()));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The text of the labelled node {@code query} (empty if it is not there). */
    String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText()
                : n instanceof TextInputControl t ? t.getText() : String.valueOf(n)).orElse("");
    }

    /** Waits until {@code query}'s text satisfies {@code test}; fails naming what it showed instead. */
    String waitForText(String query, Predicate<String> test, String what) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> test.test(text(query)));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never showed " + what + "; it shows '" + text(query) + "'", e);
        }
        return text(query);
    }

    /** Waits until {@code query} shows exactly {@code expected}. */
    String waitForText(String query, String expected) {
        return waitForText(query, expected::equals, "'" + expected + "'");
    }

    /** Waits until {@code query}'s text starts with {@code prefix}. */
    String waitForTextStarting(String query, String prefix) {
        return waitForText(query, t -> t.startsWith(prefix), "a text starting '" + prefix + "'");
    }

    /** Fills the slip editor with a slip complete for submission (the exchange refuses an incomplete one). */
    FlowRobot fillCompleteSlip(String umr, String insured) {
        fill(slipField(io.redesk.app.desk.SlipField.UMR), umr)
                .fill(slipField(io.redesk.app.desk.SlipField.REINSURED), "Dongfang Property & Casualty")
                .fill(slipField(io.redesk.app.desk.SlipField.INSURED), insured)
                .fill(slipField(io.redesk.app.desk.SlipField.INTEREST), "Warehouses and stock at Yangshan deep-water port")
                .fill(slipField(io.redesk.app.desk.SlipField.SUM_INSURED), "800000000")
                .fill(slipField(io.redesk.app.desk.SlipField.LIMIT_PER_RISK), "200000000")
                .fill(slipField(io.redesk.app.desk.SlipField.PREMIUM), "1200000.00")
                .fill(slipField(io.redesk.app.desk.SlipField.SLIP_LEADER), "China Re Shanghai");
        waitForText("#slip-summary", "Complete: ready to submit");
        return this;
    }

    /** The editor's field for {@code f}. */
    static String slipField(io.redesk.app.desk.SlipField f) {
        return "#slip-field-" + f.name();
    }

    /** Waits for {@code condition}, failing with {@code what}. */
    static void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.get()));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what, e);
        }
    }

    /**
     * Chooses the first item matching {@code item} in the drop-down {@code query}, as a user does: opens
     * it, scrolls its list to the item and clicks the item's cell. Waits for the item to be loaded.
     */
    <T> T choose(String query, Predicate<T> item, String what) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = (ComboBox<T>) node(query);
        waitUntil(what + " offered in " + query, () -> box.getItems().stream().anyMatch(item));
        T target = box.getItems().stream().filter(item).findFirst().orElseThrow();
        click(box);
        waitUntil(query + " open", box::isShowing);
        @SuppressWarnings("unchecked")
        ListView<T> list = (ListView<T>) ((ComboBoxListViewSkin<T>) box.getSkin()).getPopupContent();
        robot.interact(() -> list.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(what + " visible in the list", () -> cellOf(list, target).isPresent());
        robot.clickOn(cellOf(list, target).orElseThrow());
        waitUntil(what + " chosen in " + query, () -> target.equals(box.getValue()));
        waitUntil(query + " closed", () -> !box.isShowing() && !list.getScene().getWindow().isShowing());
        return target;
    }

    private static <T> Optional<Node> cellOf(ListView<T> list, T target) {
        return list.lookupAll(".list-cell").stream()
                .filter(n -> showing(n) && target.equals(((ListCell<?>) n).getItem())).findFirst();
    }

    /** The row of {@code table} whose item matches {@code item}, scrolled into view; waits for it. */
    <T> TableRow<T> row(String table, Predicate<T> item, String what) {
        @SuppressWarnings("unchecked")
        TableView<T> view = (TableView<T>) node(table);
        waitUntil(what + " in " + table, () -> view.getItems().stream().anyMatch(item));
        T target = view.getItems().stream().filter(item).findFirst().orElseThrow();
        robot.interact(() -> view.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(what + " shown in " + table, () -> rowOf(view, target).isPresent());
        TableRow<T> row = rowOf(view, target).orElseThrow();
        reveal(row);
        return row;
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<TableRow<T>> rowOf(TableView<T> view, T target) {
        return view.lookupAll(".table-row-cell").stream().map(n -> (TableRow<T>) n)
                .filter(r -> showing(r) && target.equals(r.getItem())).findFirst();
    }

    /**
     * Whether {@code n} and every parent up to the scene root are visible: a virtual flow keeps a hidden
     * measuring cell that may hold any item, and clicking where it claims to be would hit something else.
     */
    static boolean showing(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Writes what the window shows to {@code file} (PNG), for a failure's diagnosis. */
    void screenshot(java.nio.file.Path file) {
        javafx.scene.image.Image image = robot.capture(robot.listTargetWindows().get(0).getScene().getRoot()).getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Scrolls every scroll pane around {@code n} so that {@code n} is inside the window. */
    void reveal(Node n) {
        robot.interact(() -> {
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp && sp.getContent() != null) {
                    Node content = sp.getContent();
                    Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double viewport = sp.getViewportBounds().getHeight();
                    double height = content.getBoundsInLocal().getHeight();
                    if (height > viewport && b != null) {
                        double top = Math.max(0, b.getMinY() - 40);
                        double v = Math.min(1, top / (height - viewport));
                        sp.setVvalue(sp.getVmin() + v * (sp.getVmax() - sp.getVmin()));
                        sp.layout();
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
