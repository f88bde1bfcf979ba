package io.redesk.app.ui.shell;

import io.redesk.app.ui.theme.AppStyles;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;

/**
 * The main window's layout: sidebar on the left, the current page in the middle, status bar below.
 * It listens to {@link ShellModel#currentPageProperty()} and swaps the centre; each page's view is
 * built on first visit and then kept, so a page keeps its state while the user looks elsewhere.
 */
public final class MainLayout extends BorderPane {

    private final Map<Page, Node> views = new EnumMap<>(Page.class);
    private final Function<Page, Node> viewFactory;
    private final ScrollPane content = new ScrollPane();

    /** A layout showing {@code model}'s page, built by {@code viewFactory}. */
    public MainLayout(ShellModel model, Node sidebar, Node statusBar, Function<Page, Node> viewFactory) {
        this.viewFactory = Objects.requireNonNull(viewFactory, "viewFactory");
        content.setFitToWidth(true);
        content.setFitToHeight(true);
        content.setId("page-content");
        setLeft(sidebar);
        setCenter(content);
        setBottom(statusBar);
        getStyleClass().add(AppStyles.APP_ROOT);
        model.currentPageProperty().addListener((obs, old, now) -> show(now));
        show(model.getCurrentPage());
    }

    private void show(Page page) {
        content.setContent(views.computeIfAbsent(page, viewFactory));
        content.setVvalue(0);
    }
}
