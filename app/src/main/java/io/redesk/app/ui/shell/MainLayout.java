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

    /**
     * A layout showing {@code model}'s page, built by {@code viewFactory}; a page refused to the user
     * ({@link ShellModel#refusedProperty()}) is named in a bar above the content, with the user's desk.
     */
    public MainLayout(ShellModel model, Node sidebar, Node statusBar, Function<Page, Node> viewFactory,
            io.redesk.app.ui.i18n.I18n i18n, String deskKey) {
        this.viewFactory = Objects.requireNonNull(viewFactory, "viewFactory");
        content.setFitToWidth(true);
        content.setFitToHeight(true);
        content.setId("page-content");
        javafx.scene.control.Label refused = new javafx.scene.control.Label();
        refused.setId("page-refused");
        refused.setWrapText(true);
        refused.getStyleClass().addAll(atlantafx.base.theme.Styles.WARNING);
        refused.setMaxWidth(Double.MAX_VALUE);
        refused.setPadding(new javafx.geometry.Insets(8, 16, 8, 16));
        refused.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Page page = model.refusedProperty().get();
            return page == null ? "" : i18n.text("access.refused", i18n.text(page.titleKey()), i18n.text(deskKey));
        }, model.refusedProperty(), i18n.languageProperty()));
        refused.visibleProperty().bind(model.refusedProperty().isNotNull());
        refused.managedProperty().bind(refused.visibleProperty());
        javafx.scene.layout.VBox centre = new javafx.scene.layout.VBox(refused, content);
        javafx.scene.layout.VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        setLeft(sidebar);
        setCenter(centre);
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
