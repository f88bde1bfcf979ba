package io.redesk.app.ui.home;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The home page: today's date, then today's work or an empty state. Only builds nodes and binds. */
public final class HomeView extends VBox {

    /** A view of {@code model}. */
    public HomeView(HomeViewModel model, I18n i18n) {
        Label today = new Label();
        today.setId("home-today");
        today.textProperty().bind(model.todayText());
        today.getStyleClass().add(Styles.TEXT_MUTED);
        today.setGraphic(new FontIcon(Material2OutlinedMZ.TODAY));

        ListView<TodayItem> list = new ListView<>(model.items());
        list.setId("home-items");
        list.setCellFactory(v -> new TodayCell());
        list.visibleProperty().bind(model.emptyProperty().not());
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        // one click (or Enter) on a to-do item opens the page where it is done, on that placement
        list.setOnMouseClicked(e -> {
            TodayItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                item.open().run();
            }
        });
        list.setOnKeyPressed(e -> {
            TodayItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                item.open().run();
                e.consume();
            }
        });
        Label hint = new Label();
        hint.setId("home-hint");
        hint.textProperty().bind(i18n.bind("home.agenda.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.visibleProperty().bind(list.visibleProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label problem = new Label();
        problem.setId("home-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        // the empty state sits centred in the space the list would fill
        StackPane emptyState = new StackPane(emptyState(model, i18n));
        emptyState.visibleProperty().bind(model.emptyProperty());
        emptyState.managedProperty().bind(emptyState.visibleProperty());
        VBox.setVgrow(emptyState, Priority.ALWAYS);

        getChildren().addAll(new PageHeader(Page.HOME, i18n), today, problem, hint, list, emptyState);
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.HOME.id());
    }

    private static VBox emptyState(HomeViewModel model, I18n i18n) {
        FontIcon icon = new FontIcon(Material2OutlinedAL.EVENT_AVAILABLE);
        icon.getStyleClass().add(AppStyles.EMPTY_STATE_ICON);
        Label title = new Label();
        title.setId("home-empty-title");
        title.textProperty().bind(i18n.bind("home.empty.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label body = new Label();
        body.textProperty().bind(i18n.bind("home.empty.body"));
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        Label noExchange = new Label();
        noExchange.textProperty().bind(i18n.bind("home.empty.noExchange"));
        noExchange.getStyleClass().add(Styles.TEXT_MUTED);
        noExchange.setWrapText(true);
        Button settings = new Button();
        settings.setId("home-open-settings");
        settings.textProperty().bind(i18n.bind("home.empty.openSettings"));
        settings.setGraphic(new FontIcon(Material2OutlinedMZ.SETTINGS));
        settings.getStyleClass().add(Styles.ACCENT);
        settings.setOnAction(e -> model.openSettings());
        for (Node node : new Node[] {noExchange, settings}) {
            node.visibleProperty().bind(model.exchangeMissingProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        VBox box = new VBox(12, icon, title, body, noExchange, settings);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        box.setId("home-empty");
        box.getStyleClass().add(AppStyles.EMPTY_STATE);
        body.setAlignment(Pos.CENTER);
        return box;
    }

    /** Two lines per item: title, then why it needs the user. */
    private static final class TodayCell extends ListCell<TodayItem> {
        @Override
        protected void updateItem(TodayItem item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            if (isEmpty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = new Label(item.detail());
            detail.getStyleClass().add(Styles.ACCENT);
            detail.setGraphic(new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
            setText(null);
            setGraphic(new VBox(2, title, detail));
        }
    }
}
