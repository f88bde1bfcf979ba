package io.redesk.app.ui.inbox;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import io.redesk.app.ui.underwriting.UnderwritingView;
import io.redesk.app.ui.underwriting.UnderwritingViewModel;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The underwriter's inbox page: the list of placements (most urgent first) beside the desk for the
 * selected one. Keyboard: the list takes focus with Ctrl+I, Up/Down choose, Ctrl+R refreshes,
 * Ctrl+Enter sends the open form. Only builds nodes and binds.
 */
public final class InboxView extends VBox {

    /** Refreshes the inbox (also from the keyboard help). */
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    /** Sends the form that is open on the desk. */
    public static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** Focuses the inbox list. */
    public static final KeyCombination FOCUS_LIST = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    /** The page for {@code inbox}, opening entries in {@code desk}. */
    public InboxView(InboxViewModel inbox, UnderwritingViewModel desk, I18n i18n) {
        getChildren().add(new PageHeader(Page.INBOX, i18n));
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.INBOX.id());
        if (!inbox.available()) {
            Label none = new Label();
            none.setId("inbox-unavailable");
            none.textProperty().bind(i18n.bind("inbox.notUnderwriter"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        ListView<InboxEntry> list = new ListView<>(inbox.entries());
        list.setId("inbox-list");
        list.setPrefWidth(360);
        list.setMinWidth(300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(InboxEntry item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(inbox.describe(item));
                    setWrapText(true);
                    boolean needsMe = item.action() == DeskAction.ANSWER_QUOTE || item.action() == DeskAction.WRITE_LINE;
                    setGraphic(new FontIcon(needsMe ? Material2OutlinedMZ.NOTIFICATION_IMPORTANT
                            : item.action() == DeskAction.SIGNED ? Material2OutlinedAL.CHECK_CIRCLE
                            : Material2OutlinedAL.HOURGLASS_EMPTY));
                    setId("inbox-" + (item.placement().umr() == null ? item.placement().id() : item.placement().umr()));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != inbox.selectedProperty().get()) {
                inbox.selectedProperty().set(now);
            }
        });
        inbox.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
            if (now != null && old != null && now.placement().id().equals(old.placement().id())) {
                desk.update(now);
            } else {
                desk.show(now);
            }
        });
        i18n.languageProperty().addListener((obs, old, now) -> list.refresh());

        Label summary = new Label();
        summary.setId("inbox-summary");
        summary.textProperty().bind(inbox.summaryProperty());
        Button refresh = new Button();
        refresh.setId("inbox-refresh");
        refresh.textProperty().bind(i18n.bind("inbox.refresh"));
        refresh.setGraphic(new FontIcon(Material2OutlinedMZ.REFRESH));
        refresh.setTooltip(new Tooltip("Ctrl+R"));
        refresh.setOnAction(e -> inbox.refresh());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(inbox.loadingProperty());
        Label error = new Label();
        error.setId("inbox-error");
        error.textProperty().bind(inbox.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        VBox left = new VBox(8, new HBox(8, refresh, progress, summary), error, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        UnderwritingView deskView = new UnderwritingView(desk, i18n);
        HBox.setHgrow(deskView, Priority.ALWAYS);
        HBox body = new HBox(16, left, deskView);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().add(body);

        // a filter, not a handler: text fields would otherwise take Ctrl+Enter for themselves
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (REFRESH.match(e)) {
                inbox.refresh();
                e.consume();
            } else if (FOCUS_LIST.match(e)) {
                list.requestFocus();
                e.consume();
            } else if (SEND.match(e)) {
                if (desk.canQuote().get()) {
                    desk.submitQuote();
                } else if (desk.canWriteLine().get()) {
                    desk.writeLine();
                }
                e.consume();
            }
        });
        inbox.refresh();
    }
}
